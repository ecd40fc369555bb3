package com.supplyrisk.api;

import com.supplyrisk.api.JsonText.Raw;
import com.supplyrisk.api.JsonText.Repeated;
import com.supplyrisk.api.PlanFields.Field;
import com.supplyrisk.api.PlanFields.Kind;
import com.supplyrisk.api.PlanFields.Location;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/** Builds the request of one fuzz case from its class and its own seeded {@link Random}. */
final class FuzzCases {

    static final String ASSESSMENTS = "/api/v1/assessments";
    static final String CATALOG = "/api/v1/accelerators";
    static final String ACCELERATOR = "/api/v1/accelerators/{id}";
    static final String POLICY = "/api/v1/policy";

    /** Over the default {@code quarkus.http.limits.max-body-size} of 10240K. */
    static final int OVERSIZED_BYTES = 10_752 * 1024;
    static final int DEPTH = 2000;

    private static final Set<Integer> OK = Set.of(200);
    private static final Set<Integer> BAD_REQUEST = Set.of(400);
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/octet-stream", "text/json",
            "application/merge-patch+json", "application/problem+json", "application/jsonx", "application/yaml", "text/csv");
    /** Not one media type: the service may call them a bad request instead of an unsupported type. */
    private static final List<String> MALFORMED_CONTENT_TYPES = List.of("garbage", "application/", "/json", "a/b/c",
            "application/json, text/plain", ";", "json");
    /** Not a list of media ranges: the service may call them a bad request instead of unacceptable. */
    private static final List<String> MALFORMED_ACCEPTS = List.of("garbage", "application/", "/json", "a/b/c", ";", "json");
    private static final List<String> UNSATISFIABLE_ACCEPTS = List.of("application/xml", "text/html", "image/png",
            "application/problem+json", "text/plain", "application/yaml", "application/json;q=0",
            "text/csv;q=0, application/json;q=0");
    private static final List<String> UNKNOWN_NAMES = List.of("score", "rating", "rank", "riskLevel", "modelVersion",
            "unknownField", "Options", "planid", "__proto__", "constructor", "$ref", "country ", "id", "isAdmin");
    private static final List<String> BAD_DATES = List.of("26-01-2026", "2026-02-30", "2019-12-31", "2022-09-30", "garbage",
            "2026-1-5", "2026-01-20T00:00", "+2026-01-20", "99999-01-01", "2026-13-01", "20260120", "2026-01-20Z");

    private final List<String> catalogIds;

    FuzzCases(List<String> catalogIds) {
        this.catalogIds = catalogIds;
    }

    /** The request of one case; {@code largest} asks {@link FuzzClass#ARRAY_TOO_LONG} for the 10,001-option plan. */
    FuzzRequest create(FuzzClass kind, Random random, boolean largest) {
        var plans = new RandomPlans(random, catalogIds);
        return switch (kind) {
            case VALID_PLAN -> validPlan(plans);
            case LOOKUP -> lookup(plans);
            case BAD_LOOKUP -> badLookup(plans);
            case WRONG_CONTENT_TYPE -> wrongContentType(plans);
            case TRUNCATED_JSON -> truncated(plans);
            case WRONG_METHOD -> wrongMethod(plans);
            case UNSATISFIABLE_ACCEPT -> unsatisfiableAccept(plans);
            case ARRAY_TOO_LONG -> arrayTooLong(plans, largest);
            case OVERSIZED_BODY -> oversized(plans);
            case DEEP_NESTING -> deepNesting(plans);
            case BROKEN_RULE -> brokenRule(plans);
            default -> bodyMutation(kind, plans);
        };
    }

    private FuzzRequest validPlan(RandomPlans plans) {
        Map<String, Object> plan = plans.plan();
        String accept = plans.pick(Arrays.asList(null, "application/json", "*/*", "text/csv", "application/*", "text/*",
                "text/csv, application/json"));
        String contentType = plans.pick(List.of("application/json", "application/json; charset=UTF-8", "application/json;charset=utf-8"));
        @SuppressWarnings("unchecked")
        List<String> ids = ((List<Map<String, Object>>) plan.get("options")).stream().map(o -> (String) o.get("id")).toList();
        return new FuzzRequest(FuzzClass.VALID_PLAN, ids.size() + " options" + (accept == null ? "" : ", Accept " + accept), "POST",
                ASSESSMENTS, List.of(), Map.of(), headers(contentType, accept), utf8(JsonText.write(plan, plans.fork())),
                OK, ids);
    }

    private FuzzRequest lookup(RandomPlans plans) {
        String accept = plans.pick(Arrays.asList(null, "application/json", "*/*", "application/*"));
        return switch (plans.pick(List.of(0, 1, 2))) {
            case 0 -> get(FuzzClass.LOOKUP, "the catalog", CATALOG, List.of(), Map.of(), accept, OK);
            case 1 -> {
                String id = plans.pick(catalogIds);
                yield get(FuzzClass.LOOKUP, "accelerator " + id, ACCELERATOR, List.of(id), Map.of(), accept, OK);
            }
            default -> {
                Map<String, String> query = plans.chance(0.8) ? Map.of("asOf", plans.date()) : Map.of();
                yield get(FuzzClass.LOOKUP, "the policy " + query, POLICY, List.of(), query, accept, OK);
            }
        };
    }

    private FuzzRequest badLookup(RandomPlans plans) {
        return switch (plans.pick(List.of(0, 1, 2))) {
            case 0 -> {
                String id = unknownId(plans);
                yield get(FuzzClass.BAD_LOOKUP, "unknown accelerator '" + id + "'", ACCELERATOR, List.of(id), Map.of(), null, Set.of(404));
            }
            case 1 -> {
                String date = plans.chance(0.8) ? plans.pick(BAD_DATES) : plans.text(30);
                yield get(FuzzClass.BAD_LOOKUP, "policy asOf '" + date + "'", POLICY, List.of(), Map.of("asOf", date), null, BAD_REQUEST);
            }
            default -> {
                String path = plans.pick(List.of("/api/v1/" + slug(plans), "/api/v2/assessments", ASSESSMENTS + "/1",
                        "/api/v1/accelerators/nvidia-h200/specs", "/api", "/api/v1", "/api/v1/policy/2026-01-20"));
                yield get(FuzzClass.BAD_LOOKUP, "unknown path " + path, path, List.of(), Map.of(), null, Set.of(404));
            }
        };
    }

    /**
     * Ids the catalog lacks. Characters that change what path is requested ({@code / . ? # % ;} and the
     * backslash) are left out, so the request stays a look-up of one id.
     */
    private String unknownId(RandomPlans plans) {
        String known = plans.pick(catalogIds);
        String id = switch (plans.pick(List.of(0, 1, 2, 3))) {
            case 0 -> known.toUpperCase(Locale.ROOT);
            case 1 -> known + plans.pick(List.of("x", "0", "-", "é", "\u0000"));
            case 2 -> known.substring(0, known.length() - 1);
            default -> plans.text(plans.chance(0.9) ? 40 : 300);
        };
        id = id.replaceAll("[/.?#%;\\\\]", "");
        return id.isBlank() || catalogIds.contains(id) ? "no-such-" + slug(plans) : id;
    }

    private static String slug(RandomPlans plans) {
        return plans.text(20).replaceAll("[^A-Za-z0-9]", "") + "x";
    }

    private FuzzRequest wrongContentType(RandomPlans plans) {
        boolean malformed = plans.chance(0.3);
        String contentType = plans.pick(malformed ? MALFORMED_CONTENT_TYPES : WRONG_CONTENT_TYPES);
        return post(FuzzClass.WRONG_CONTENT_TYPE, "Content-Type '" + contentType + "'", plans.plan(1 + plans.pick(List.of(0, 1, 2))),
                contentType, null, malformed ? Set.of(400, 415) : Set.of(415));
    }

    private FuzzRequest truncated(RandomPlans plans) {
        byte[] whole = utf8(JsonText.write(plans.plan(1 + plans.pick(List.of(0, 1, 2)))));
        // Cutting bytes, not characters: a cut may also split a multi-byte UTF-8 sequence.
        int cut = plans.pick(List.of(0, 1, 2, 3)) == 0 ? plans.pick(List.of(0, 1, whole.length - 1))
                : plans.below(whole.length - 1);
        return new FuzzRequest(FuzzClass.TRUNCATED_JSON, "first " + cut + " of " + whole.length + " bytes", "POST", ASSESSMENTS,
                List.of(), Map.of(), headers("application/json", null), Arrays.copyOf(whole, cut), BAD_REQUEST, null);
    }

    private FuzzRequest wrongMethod(RandomPlans plans) {
        if (plans.chance(0.6)) {
            String method = plans.pick(List.of("GET", "PUT", "DELETE", "PATCH", "TRACE", "HEAD"));
            // TRACE and HEAD carry no body.
            byte[] body = method.equals("TRACE") || method.equals("HEAD") ? null : utf8(JsonText.write(plans.plan(1)));
            return new FuzzRequest(FuzzClass.WRONG_METHOD, method + " " + ASSESSMENTS, method, ASSESSMENTS, List.of(), Map.of(),
                    body == null ? headers(null, null) : headers("application/json", null), body, Set.of(405), null);
        }
        String method = plans.pick(List.of("POST", "PUT", "DELETE", "PATCH", "TRACE"));
        String operation = plans.pick(List.of(CATALOG, ACCELERATOR, POLICY));
        List<Object> params = operation.equals(ACCELERATOR) ? List.of(plans.pick(catalogIds)) : List.of();
        boolean body = !method.equals("TRACE") && plans.chance(0.5);
        return new FuzzRequest(FuzzClass.WRONG_METHOD, method + " " + operation, method, operation, params, Map.of(),
                body ? headers("application/json", null) : headers(null, null), body ? utf8("{}") : null, Set.of(405), null);
    }

    private FuzzRequest unsatisfiableAccept(RandomPlans plans) {
        boolean malformed = plans.chance(0.25);
        String accept = plans.pick(malformed ? MALFORMED_ACCEPTS : UNSATISFIABLE_ACCEPTS);
        Set<Integer> expected = malformed ? Set.of(400, 406) : Set.of(406);
        if (plans.chance(0.7)) {
            return post(FuzzClass.UNSATISFIABLE_ACCEPT, "Accept '" + accept + "'", plans.plan(1 + plans.pick(List.of(0, 1, 2))),
                    "application/json", accept, expected);
        }
        // The look-ups offer no CSV.
        if (!malformed && plans.chance(0.3)) {
            accept = "text/csv";
        }
        String operation = plans.pick(List.of(CATALOG, ACCELERATOR, POLICY));
        return get(FuzzClass.UNSATISFIABLE_ACCEPT, "Accept '" + accept + "' on " + operation, operation,
                operation.equals(ACCELERATOR) ? List.of(plans.pick(catalogIds)) : List.of(), Map.of(), accept, expected);
    }

    private FuzzRequest arrayTooLong(RandomPlans plans, boolean largest) {
        if (largest) {
            return post(FuzzClass.ARRAY_TOO_LONG, "10,001 options (the configured maximum is 10,000)", plans.plan(10_001),
                    "application/json", null, BAD_REQUEST);
        }
        Map<String, Object> plan = plans.plan(1 + plans.pick(List.of(0, 1, 2)));
        if (plans.chance(0.5)) {
            var fleet = new ArrayList<Object>();
            for (int i = 0; i <= PlanFields.field("/existingFleet").maxItems(); i++) {
                fleet.add(new LinkedHashMap<>(Map.of("vendor", "NVIDIA", "pflops", BigDecimal.TEN)));
            }
            plan.put("existingFleet", fleet);
            return post(FuzzClass.ARRAY_TOO_LONG, fleet.size() + " existingFleet entries (maxItems 1000)", plan, "application/json", null,
                    BAD_REQUEST);
        }
        var rates = new LinkedHashMap<String, Object>();
        for (int i = 0; rates.size() <= PlanFields.field("/fxRates").maxItems(); i++) {
            rates.put("Q" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26), BigDecimal.ONE);
        }
        plan.put("fxRates", rates);
        return post(FuzzClass.ARRAY_TOO_LONG, rates.size() + " fxRates members (maxProperties 200)", plan, "application/json", null,
                BAD_REQUEST);
    }

    private FuzzRequest oversized(RandomPlans plans) {
        Map<String, Object> plan = plans.plan(1);
        plan.put("planId", "x".repeat(OVERSIZED_BYTES));
        return post(FuzzClass.OVERSIZED_BODY, "a planId of " + OVERSIZED_BYTES + " characters", plan, "application/json", null,
                Set.of(413));
    }

    private FuzzRequest deepNesting(RandomPlans plans) {
        String nested = plans.chance(0.5) ? "[".repeat(DEPTH) + "]".repeat(DEPTH)
                : "{\"a\":".repeat(DEPTH - 1) + "{}" + "}".repeat(DEPTH - 1);
        if (plans.chance(0.25)) {
            return new FuzzRequest(FuzzClass.DEEP_NESTING, "the whole body", "POST", ASSESSMENTS, List.of(), Map.of(),
                    headers("application/json", null), utf8(nested), BAD_REQUEST, null);
        }
        Map<String, Object> plan = plans.plan(1 + plans.pick(List.of(0, 1, 2)));
        String where;
        if (plans.chance(0.3)) {
            plan.put("nested", new Raw(nested));
            where = "#/nested";
        } else {
            Location target = plans.pick(PlanFields.locations(plan));
            target.set(new Raw(nested));
            where = "#" + target.pointer();
        }
        return post(FuzzClass.DEEP_NESTING, "at " + where, plan, "application/json", null, BAD_REQUEST);
    }

    @SuppressWarnings("unchecked")
    private FuzzRequest brokenRule(RandomPlans plans) {
        Map<String, Object> plan = plans.plan(2 + plans.pick(List.of(0, 1, 2)));
        var options = (List<Map<String, Object>>) plan.get("options");
        Map<String, Object> option = options.get(0);
        String what;
        switch (plans.pick(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))) {
            case 0 -> {
                option.put("channel", plans.pick(List.of("official", "SMUGGLED", "", "OFFICIAL ")));
                what = "channel " + option.get("channel");
            }
            case 1 -> {
                var buyer = (Map<String, Object>) plan.get("buyer");
                buyer.put("segment", plans.pick(List.of("PRIVATE", "commercial", "")));
                what = "segment " + buyer.get("segment");
            }
            case 2 -> {
                var buyer = (Map<String, Object>) plan.get("buyer");
                buyer.put("country", plans.pick(List.of("cn", "China", "C1", "", "中国")));
                what = "country " + buyer.get("country");
            }
            case 3 -> {
                plan.put("asOf", plans.pick(BAD_DATES));
                what = "asOf " + plan.get("asOf");
            }
            case 4 -> {
                option.remove("customAccelerator");
                String id = plans.pick(catalogIds) + plans.pick(List.of("x", "-2", "0"));
                option.put("accelerator", catalogIds.contains(id) ? id + "x" : id);
                what = "unknown accelerator " + option.get("accelerator");
            }
            case 5 -> {
                options.get(1).put("id", option.get("id"));
                what = "options 0 and 1 share an id";
            }
            case 6 -> {
                option.put("accelerator", plans.pick(catalogIds));
                option.put("customAccelerator", Map.of("vendor", "ACME", "name", "X1", "bf16Tflops", 100,
                        "referenceUnitPrice", Map.of("amount", 9000, "currency", "USD")));
                what = "both accelerator and customAccelerator";
            }
            case 7 -> {
                option.remove("accelerator");
                option.remove("customAccelerator");
                what = "neither accelerator nor customAccelerator";
            }
            case 8 -> {
                String code = plans.pick(List.of("XYZ", "ZZZ", "ABC"));
                if (plan.get("fxRates") instanceof Map<?, ?> rates) {
                    rates.remove(code);
                }
                ((Map<String, Object>) option.get("unitPrice")).put("currency", code);
                what = "unit price in " + code + ", which has no exchange rate";
            }
            case 9 -> {
                plan.put("weights", new LinkedHashMap<>(Map.of("concentration", 0, "licensing", 0, "pricePremium", 0)));
                what = "all weights zero";
            }
            case 10 -> {
                plan.put("options", new ArrayList<>());
                what = "no options";
            }
            default -> {
                option.put("id", plans.pick(List.of("", " ", "\t", "   ")));
                what = "blank option id";
            }
        }
        return post(FuzzClass.BROKEN_RULE, what, plan, "application/json", null, BAD_REQUEST);
    }

    /** The mutation classes that change one value, or add or remove one member, of a valid plan. */
    private FuzzRequest bodyMutation(FuzzClass kind, RandomPlans plans) {
        Map<String, Object> plan = plans.plan(1 + plans.pick(List.of(0, 1, 2)));
        List<Location> locations = PlanFields.locations(plan);
        String what = switch (kind) {
            case DROP_REQUIRED -> {
                // Members of fxRates are not required, their values are; and one of accelerator and
                // customAccelerator is required.
                Location target = pick(plans, locations, l -> l.field() != null && l.field().required() && l.parent() instanceof Map
                        && !l.field().path().equals("/fxRates/{}")
                        || (l.key().equals("accelerator") || l.key().equals("customAccelerator")) && l.get() != null);
                target.remove();
                yield "removed #" + target.pointer();
            }
            case WRONG_TYPE -> {
                Location target = pick(plans, locations, l -> l.field() != null);
                Object wrong = plans.pick(wrongTypes(target.field()));
                target.set(wrong);
                yield "#" + target.pointer() + " = " + JsonText.write(wrong);
            }
            case BELOW_MINIMUM -> {
                Location target = pick(plans, locations, l -> l.field() != null && l.field().min() != null && l.get() != null);
                BigDecimal min = target.field().min();
                target.set(target.field().kind() == Kind.INTEGER
                        ? plans.pick(List.of(min.subtract(BigDecimal.ONE), new BigDecimal("-1"), new BigDecimal("-2147483649")))
                        : target.field().exclusiveMin() ? plans.pick(List.of(min, min.subtract(new BigDecimal("0.01")), new BigDecimal("-1")))
                                : plans.pick(List.of(min.subtract(new BigDecimal("0.001")), new BigDecimal("-1"), new BigDecimal("-1e6"))));
                yield "#" + target.pointer() + " = " + target.get() + " (minimum " + min + (target.field().exclusiveMin() ? ", exclusive)" : ")");
            }
            case ABOVE_MAXIMUM -> {
                Location target = pick(plans, locations, l -> l.field() != null && l.field().max() != null && l.get() != null);
                BigDecimal max = target.field().max();
                target.set(target.field().kind() == Kind.INTEGER
                        ? plans.pick(List.of(max.add(BigDecimal.ONE), new BigDecimal("2147483648"), new BigDecimal("99999999999")))
                        : plans.pick(List.of(max.add(new BigDecimal("0.001")), max.add(BigDecimal.ONE), max.multiply(BigDecimal.TEN))));
                yield "#" + target.pointer() + " = " + target.get() + " (maximum " + max + ")";
            }
            case NAN -> numberSwap(plans, locations, List.of("NaN", new Raw("NaN"), "+NaN", "-NaN"));
            case INFINITY -> numberSwap(plans, locations, List.of("Infinity", "-Infinity", new Raw("Infinity"), new Raw("-Infinity"),
                    "+Infinity", "INF"));
            case HUGE_NUMBER -> numberSwap(plans, locations, List.of(new Raw("1e400"), new Raw("-1e400"), new Raw("1E+400"),
                    new Raw("1e309"), new Raw("1" + "0".repeat(400))));
            case FLOAT_FOR_INTEGER -> {
                Location target = pick(plans, locations, l -> l.field() != null && l.field().kind() == Kind.INTEGER && l.get() != null);
                target.set(new Raw(plans.pick(List.of("1.5", "12.5", "0.5", "60.5", "1.0000001", "2.75"))));
                yield "#" + target.pointer() + " = " + ((Raw) target.get()).text();
            }
            case STRING_TOO_LONG -> {
                Location target = pick(plans, locations, l -> l.field() != null && l.field().maxLength() > 0 && l.get() instanceof String);
                int length = target.field().maxLength() + 1 + plans.pick(List.of(0, 0, 1, 50));
                var text = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    text.append((char) ('A' + i % 26));
                }
                target.set(text.toString());
                yield "#" + target.pointer() + " of " + length + " characters (maxLength " + target.field().maxLength() + ")";
            }
            case UNKNOWN_PROPERTY -> {
                String name = plans.pick(UNKNOWN_NAMES);
                Object value = plans.pick(Arrays.asList(1, "x", true, null, Map.of(), List.of()));
                List<Location> objects = locations.stream().filter(l -> l.field() != null && l.field().kind() == Kind.OBJECT
                        && l.get() instanceof Map<?, ?> map && !map.containsKey(name)).toList();
                String at;
                if (objects.isEmpty() || plans.chance(0.3)) {
                    at = "";
                    plan.put(name, value);
                } else {
                    Location target = plans.pick(objects);
                    @SuppressWarnings("unchecked")
                    var object = (Map<String, Object>) target.get();
                    object.put(name, value);
                    at = target.pointer();
                }
                yield "'" + name + "' in #" + at;
            }
            case DUPLICATE_KEY -> {
                List<Location> objects = locations.stream().filter(l -> l.get() instanceof Map<?, ?> map && !map.isEmpty()).toList();
                @SuppressWarnings("unchecked")
                Map<String, Object> object = objects.isEmpty() || plans.chance(0.3) ? plan : (Map<String, Object>) plans.pick(objects).get();
                String name = plans.pick(new ArrayList<>(object.keySet()));
                object.put("\u0000repeat", new Repeated(name, plans.chance(0.5) ? object.get(name) : plans.pick(Arrays.asList(1, "x", null))));
                yield "'" + name + "' twice";
            }
            default -> throw new IllegalArgumentException("not a body mutation: " + kind);
        };
        return post(kind, what, plan, "application/json", null, BAD_REQUEST);
    }

    private static String numberSwap(RandomPlans plans, List<Location> locations, List<Object> values) {
        Location target = pick(plans, locations, l -> l.field() != null && l.field().numeric() && l.get() != null);
        Object value = plans.pick(values);
        target.set(value);
        return "#" + target.pointer() + " = " + JsonText.write(value);
    }

    private static List<Object> wrongTypes(Field field) {
        var wrong = new ArrayList<Object>();
        if (field.textual()) {
            wrong.addAll(List.of(12, true, new BigDecimal("1.5"), Map.of(), List.of("x")));
        } else if (field.numeric()) {
            wrong.addAll(List.of("12", true, Map.of(), List.of(1)));
        } else if (field.kind() == Kind.BOOLEAN) {
            wrong.addAll(List.of("true", 1, Map.of(), List.of()));
        } else if (field.kind() == Kind.ARRAY) {
            wrong.addAll(List.of("x", 1, true, Map.of()));
        } else {
            wrong.addAll(List.of("x", 1, true, List.of()));
        }
        // Null is a wrong type only where the contract says the member is required and not nullable;
        // elsewhere it means "absent".
        if (field.required() && !field.nullable()) {
            wrong.add(null);
        }
        return wrong;
    }

    private static Location pick(RandomPlans plans, List<Location> locations, Predicate<Location> suitable) {
        List<Location> candidates = locations.stream().filter(suitable).toList();
        if (candidates.isEmpty()) {
            throw new IllegalStateException("the generated plan has no member to mutate");
        }
        return plans.pick(candidates);
    }

    private static FuzzRequest post(FuzzClass kind, String what, Map<String, Object> plan, String contentType, String accept,
            Set<Integer> expected) {
        return new FuzzRequest(kind, what, "POST", ASSESSMENTS, List.of(), Map.of(), headers(contentType, accept),
                utf8(JsonText.write(plan)), expected, null);
    }

    private static FuzzRequest get(FuzzClass kind, String what, String operation, List<Object> params, Map<String, String> query,
            String accept, Set<Integer> expected) {
        return new FuzzRequest(kind, what, "GET", operation, params, query, headers(null, accept), null, expected, null);
    }

    private static Map<String, String> headers(String contentType, String accept) {
        var headers = new LinkedHashMap<String, String>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (accept != null) {
            headers.put("Accept", accept);
        }
        return headers;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
