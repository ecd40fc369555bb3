package com.supplyrisk.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of an assessment request and their limits as openapi/openapi.yaml publishes them (not as the
 * Java records declare them: the fuzzer holds the service to the contract). Array elements are {@code *}
 * in a path, {@code fxRates} keys {@code {}}.
 */
final class PlanFields {

    enum Kind { STRING, COUNTRY, CURRENCY, DATE, ENUM, INTEGER, NUMBER, BOOLEAN, OBJECT, MAP, ARRAY }

    record Field(String path, Kind kind, boolean required, boolean nullable, BigDecimal min, boolean exclusiveMin,
            BigDecimal max, int maxLength, int maxItems) {

        boolean numeric() {
            return kind == Kind.INTEGER || kind == Kind.NUMBER;
        }

        boolean textual() {
            return kind == Kind.STRING || kind == Kind.COUNTRY || kind == Kind.CURRENCY || kind == Kind.DATE || kind == Kind.ENUM;
        }
    }

    /** One member or element of a generated tree, with the contract's field when it has one. */
    record Location(Object parent, Object key, String pointer, Field field) {

        @SuppressWarnings("unchecked")
        Object get() {
            return parent instanceof Map<?, ?> map ? map.get(key) : ((List<Object>) parent).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (parent instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).put(key, value);
            } else {
                ((List<Object>) parent).set((Integer) key, value);
            }
        }

        void remove() {
            ((Map<?, ?>) parent).remove(key);
        }
    }

    static final Map<String, Field> FIELDS = new LinkedHashMap<>();

    static {
        string("/planId", false, true, 200);
        object("/buyer", true, false);
        code("/buyer/country", Kind.COUNTRY, true, false);
        code("/buyer/headquarters", Kind.COUNTRY, false, true);
        put("/buyer/segment", Kind.ENUM, false, false, null, false, null, 0, 0);
        put("/asOf", Kind.DATE, false, true, null, false, null, 10, 0);
        integer("/horizonMonths", false, true, 1, 60);
        code("/currency", Kind.CURRENCY, false, true);
        put("/mode", Kind.ENUM, false, false, null, false, null, 0, 0);
        array("/existingFleet", false, true, 1000);
        object("/existingFleet/*", true, false);
        string("/existingFleet/*/vendor", true, false, 100);
        string("/existingFleet/*/supplier", false, true, 200);
        number("/existingFleet/*/pflops", true, false, "0", false, "1000000000");
        object("/weights", false, true);
        for (String weight : List.of("concentration", "licensing", "pricePremium")) {
            number("/weights/" + weight, true, false, "0", false, "1000");
        }
        put("/fxRates", Kind.MAP, false, true, null, false, null, 0, 200);
        number("/fxRates/{}", true, false, "0.000001", false, "1000000000");
        array("/options", true, false, 10_000);
        object("/options/*", true, false);
        string("/options/*/id", true, false, 100);
        string("/options/*/accelerator", false, true, 100);
        object("/options/*/customAccelerator", false, true);
        string("/options/*/customAccelerator/vendor", true, false, 100);
        string("/options/*/customAccelerator/name", true, false, 100);
        number("/options/*/customAccelerator/bf16Tflops", true, false, "0.001", false, "10000000");
        number("/options/*/customAccelerator/memoryGb", false, true, "0.001", false, "10000000");
        number("/options/*/customAccelerator/memoryBandwidthTbps", false, true, "0.001", false, "100000");
        number("/options/*/customAccelerator/tpp", false, true, "0.001", false, "100000000");
        number("/options/*/customAccelerator/dieAreaMm2", false, true, "0.001", false, "1000000");
        money("/options/*/customAccelerator/referenceUnitPrice", true, false);
        code("/options/*/customAccelerator/originCountry", Kind.COUNTRY, false, true);
        put("/options/*/customAccelerator/marketedForDatacenter", Kind.BOOLEAN, false, true, null, false, null, 0, 0);
        number("/options/*/customAccelerator/boardPowerWatts", false, true, "1", false, "10000000");
        put("/options/*/channel", Kind.ENUM, true, false, null, false, null, 0, 0);
        string("/options/*/supplier", false, true, 200);
        integer("/options/*/quantity", true, false, 1, 10_000_000);
        money("/options/*/unitPrice", true, false);
        number("/options/*/licensingProbability", false, true, "0", false, "1");
        money("/options/*/referenceUnitPrice", false, true);
        put("/options/*/rentalPeriod", Kind.ENUM, false, true, null, false, null, 0, 0);
        integer("/options/*/rentalMonths", false, true, 1, 120);
        integer("/serviceLifeMonths", false, true, 1, 120);
        number("/pue", false, true, "1", false, "3");
        money("/electricityPrice", false, true);
    }

    private PlanFields() {
    }

    static Field field(String path) {
        return FIELDS.get(path);
    }

    /** Every member and element of {@code tree}, parents before children. */
    static List<Location> locations(Map<String, Object> tree) {
        var out = new ArrayList<Location>();
        walk(tree, "", "", out);
        return out;
    }

    private static void walk(Object node, String pointer, String path, List<Location> out) {
        if (node instanceof Map<?, ?> map) {
            for (Object key : new ArrayList<>(map.keySet())) {
                String childPath = path.equals("/fxRates") ? "/fxRates/{}" : path + "/" + key;
                String childPointer = pointer + "/" + key;
                out.add(new Location(map, key, childPointer, FIELDS.get(childPath)));
                walk(map.get(key), childPointer, childPath, out);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                out.add(new Location(list, i, pointer + "/" + i, FIELDS.get(path + "/*")));
                walk(list.get(i), pointer + "/" + i, path + "/*", out);
            }
        }
    }

    private static void put(String path, Kind kind, boolean required, boolean nullable, String min, boolean exclusiveMin, String max,
            int maxLength, int maxItems) {
        FIELDS.put(path, new Field(path, kind, required, nullable, min == null ? null : new BigDecimal(min), exclusiveMin,
                max == null ? null : new BigDecimal(max), maxLength, maxItems));
    }

    private static void string(String path, boolean required, boolean nullable, int maxLength) {
        put(path, Kind.STRING, required, nullable, null, false, null, maxLength, 0);
    }

    private static void code(String path, Kind kind, boolean required, boolean nullable) {
        put(path, kind, required, nullable, null, false, null, kind == Kind.COUNTRY ? 2 : 3, 0);
    }

    private static void integer(String path, boolean required, boolean nullable, long min, long max) {
        put(path, Kind.INTEGER, required, nullable, String.valueOf(min), false, String.valueOf(max), 0, 0);
    }

    private static void number(String path, boolean required, boolean nullable, String min, boolean exclusiveMin, String max) {
        put(path, Kind.NUMBER, required, nullable, min, exclusiveMin, max, 0, 0);
    }

    private static void object(String path, boolean required, boolean nullable) {
        put(path, Kind.OBJECT, required, nullable, null, false, null, 0, 0);
    }

    private static void array(String path, boolean required, boolean nullable, int maxItems) {
        put(path, Kind.ARRAY, required, nullable, null, false, null, 0, maxItems);
    }

    private static void money(String path, boolean required, boolean nullable) {
        object(path, required, nullable);
        number(path + "/amount", true, false, "0.01", false, "1000000000000");
        code(path + "/currency", Kind.CURRENCY, true, false);
    }
}
