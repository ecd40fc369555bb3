package com.supplyrisk.catalog;

import java.util.Objects;

/**
 * One accelerator (or rack system) with the specs that classify it and the official price of one unit.
 * Throughput, memory and board power are per unit; bandwidth, TPP and die area are per chip, as the EAR measures them.
 *
 * @param boardPower              null when unknown (a custom part given without it): its power is then not costed
 * @param referenceRentalRate     what renting one unit costs on the public market; null when unknown
 * @param classificationJudgement where the ECCN turns on a judgement (a disputed figure, how a part is marketed),
 *                                that judgement and its source; null where the specs decide it plainly
 */
public record Accelerator(
        String id,
        String vendor,
        String name,
        String originCountry,
        Form form,
        boolean marketedForDatacenter,
        int chipsPerUnit,
        double bf16Tflops,
        Double memoryGb,
        Double memoryBandwidthTbps,
        double tpp,
        Double dieAreaMm2,
        Integer launchYear,
        ReferencePrice referenceUnitPrice,
        BoardPower boardPower,
        RentalRate referenceRentalRate,
        Eccn eccn,
        String specsSource,
        String classificationJudgement,
        String notes) {

    public Accelerator {
        if (!isKebabId(id)) {
            throw new IllegalArgumentException("id must be lower-case kebab case 'vendor-model'");
        }
        requireText(vendor, "vendor");
        requireText(name, "name");
        if (originCountry == null || originCountry.length() != 2 || !isCapital(originCountry.charAt(0))
                || !isCapital(originCountry.charAt(1))) {
            throw new IllegalArgumentException("originCountry must be an ISO 3166-1 alpha-2 code");
        }
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(eccn, "eccn");
        if (chipsPerUnit < 1) {
            throw new IllegalArgumentException("chipsPerUnit must be at least 1");
        }
        requirePositive(bf16Tflops, "bf16Tflops");
        requirePositive(tpp, "tpp");
        if (memoryGb != null) {
            requirePositive(memoryGb, "memoryGb");
        }
        if (memoryBandwidthTbps != null) {
            requirePositive(memoryBandwidthTbps, "memoryBandwidthTbps");
        }
        if (dieAreaMm2 != null) {
            requirePositive(dieAreaMm2, "dieAreaMm2");
        }
    }

    /** TPP per square millimetre of die, or null when the die area is unknown. */
    public Double performanceDensity() {
        return dieAreaMm2 == null ? null : tpp / dieAreaMm2;
    }

    /**
     * {@code [a-z0-9]+(-[a-z0-9]+)+}, checked by hand rather than with a regular expression: every custom
     * accelerator in a plan is a new instance.
     */
    private static boolean isKebabId(String id) {
        if (id == null || id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        boolean dash = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-') {
                if (id.charAt(i - 1) == '-') {
                    return false;
                }
                dash = true;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return dash;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    private static void requirePositive(double value, String field) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive number");
        }
    }
}
