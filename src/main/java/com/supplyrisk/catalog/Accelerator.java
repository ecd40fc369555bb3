package com.supplyrisk.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One accelerator (or rack system) with the specs that classify it and the official price of one unit.
 * Throughput and memory are per unit; bandwidth, TPP and die area are per chip, as the EAR measures them.
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
        Eccn eccn,
        String specsSource,
        String notes) {

    private static final Pattern KEBAB_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Accelerator {
        if (id == null || !KEBAB_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be lower-case kebab case 'vendor-model'");
        }
        requireText(vendor, "vendor");
        requireText(name, "name");
        if (originCountry == null || !COUNTRY.matcher(originCountry).matches()) {
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
