package com.supplyrisk.api;

import com.supplyrisk.api.PlanFields.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans the contract accepts, drawn from a seeded {@link Random}: catalog ids, every channel, segment and
 * mode, dates the data covers, currencies the service knows or the plan brings in {@code fxRates}, with and
 * without every optional member. Numbers sometimes sit on the contract's limits and strings sometimes use
 * their full {@code maxLength} (counted in characters, as JSON Schema counts them), because that is where
 * contract and code drift apart.
 */
public final class RandomPlans {

    static final LocalDate FIRST_DAY = LocalDate.of(2022, 10, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);
    /** The currencies of the shipped exchange-rate tables. */
    static final List<String> CURRENCIES = List.of("USD", "CNY", "EUR", "HKD", "MYR", "SGD", "JPY", "GBP", "KRW", "TWD");
    static final List<String> COUNTRIES = List.of("CN", "US", "MY", "SG", "HK", "MO", "TW", "JP", "KR", "DE", "FR", "GB", "NL",
            "IN", "AE", "SA", "VN", "RU", "IR", "BR", "IL");
    static final List<String> CHANNELS = List.of("OFFICIAL", "GREY_MARKET", "DOMESTIC", "CLOUD_RENTAL");
    static final List<String> SEGMENTS = List.of("COMMERCIAL", "STATE_OWNED", "GOVERNMENT");
    static final List<String> MODES = List.of("PORTFOLIO", "ALTERNATIVES");
    /** Currencies the shipped data lacks, usable only when the plan gives their rate. */
    private static final List<String> FOREIGN_CURRENCIES = List.of("AUD", "CHF", "THB", "IDR", "INR", "BRL", "XAU");
    private static final List<String> VENDORS = List.of("NVIDIA", "Huawei", "AMD", "Cambricon", "Intel", "Biren");
    /** Letters from several scripts, escapes, controls, a supplementary-plane emoji and invisible characters. */
    private static final int[] ALPHABET = "abcXYZ019 -_./:'\"\\é߀华为中国ملك\u00a0\u200d\u0301\t\n\u0001"
            .codePoints().toArray();
    private static final int EMOJI = 0x1F600;

    private final Random random;
    private final List<String> catalogIds;

    public RandomPlans(Random random, List<String> catalogIds) {
        this.random = random;
        this.catalogIds = catalogIds;
    }

    public Map<String, Object> plan() {
        return plan(options());
    }

    /** How many options a plan has: mostly a handful, sometimes dozens, rarely over a hundred. */
    int options() {
        int roll = random.nextInt(100);
        return roll < 70 ? 1 + random.nextInt(5) : roll < 96 ? 6 + random.nextInt(25) : 31 + random.nextInt(120);
    }

    public Map<String, Object> plan(int optionCount) {
        var plan = new LinkedHashMap<String, Object>();
        var currencies = new TreeSet<>(CURRENCIES);
        optional(plan, "planId", () -> text(200));
        plan.put("buyer", buyer());
        optional(plan, "asOf", this::date);
        optional(plan, "horizonMonths", () -> integer(PlanFields.field("/horizonMonths"), 1, 36));
        if (chance(0.4)) {
            plan.put("fxRates", fxRates(currencies));
        } else if (chance(0.05)) {
            plan.put("fxRates", null);
        }
        optional(plan, "currency", () -> pick(new ArrayList<>(currencies)));
        if (chance(0.5)) {
            plan.put("mode", pick(MODES));
        }
        if (chance(0.3)) {
            int holdings = chance(0.03) ? 1000 : 1 + random.nextInt(6);
            var fleet = new ArrayList<Object>();
            for (int i = 0; i < holdings; i++) {
                fleet.add(fleetHolding());
            }
            plan.put("existingFleet", fleet);
        } else if (chance(0.05)) {
            plan.put("existingFleet", chance(0.5) ? null : new ArrayList<>());
        }
        if (chance(0.3)) {
            plan.put("weights", weights());
        } else if (chance(0.05)) {
            plan.put("weights", null);
        }
        var options = new ArrayList<Object>();
        var ids = new HashSet<String>();
        for (int i = 0; i < optionCount; i++) {
            String id;
            do {
                id = optionCount > 200 ? "option-" + i : text(100);
            } while (!ids.add(id));
            options.add(option(id, currencies));
        }
        plan.put("options", options);
        return chance(0.2) ? shuffled(plan) : plan;
    }

    private Map<String, Object> buyer() {
        var buyer = new LinkedHashMap<String, Object>();
        buyer.put("country", pick(COUNTRIES));
        optional(buyer, "headquarters", () -> pick(COUNTRIES));
        if (chance(0.5)) {
            buyer.put("segment", pick(SEGMENTS));
        }
        return buyer;
    }

    private Map<String, Object> fxRates(Set<String> currencies) {
        var rates = new LinkedHashMap<String, Object>();
        if (chance(0.02)) {
            // The contract's maxProperties, exactly.
            for (int i = 0; rates.size() < 200; i++) {
                rates.put("Q" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26), rate());
            }
        } else {
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                rates.put(pick(chance(0.5) ? CURRENCIES : FOREIGN_CURRENCIES), rate());
            }
        }
        currencies.addAll(rates.keySet());
        return rates;
    }

    private BigDecimal rate() {
        return number(PlanFields.field("/fxRates/{}"), 0.1, 2000, 4);
    }

    private Map<String, Object> fleetHolding() {
        var holding = new LinkedHashMap<String, Object>();
        holding.put("vendor", chance(0.7) ? pick(VENDORS) : text(100));
        optional(holding, "supplier", () -> text(200));
        holding.put("pflops", number(PlanFields.field("/existingFleet/*/pflops"), 0, 5000, 1));
        return holding;
    }

    private Map<String, Object> weights() {
        var weights = new LinkedHashMap<String, Object>();
        do {
            for (String weight : List.of("concentration", "licensing", "pricePremium")) {
                weights.put(weight, number(PlanFields.field("/weights/" + weight), 0, 1, 2));
            }
        } while (weights.values().stream().allMatch(w -> ((BigDecimal) w).signum() == 0));
        return weights;
    }

    Map<String, Object> option(String id, Set<String> currencies) {
        var option = new LinkedHashMap<String, Object>();
        option.put("id", id);
        if (chance(0.2)) {
            option.put("customAccelerator", customAccelerator(currencies));
            if (chance(0.1)) {
                option.put("accelerator", null);
            }
        } else {
            option.put("accelerator", pick(catalogIds));
            if (chance(0.05)) {
                option.put("customAccelerator", null);
            }
        }
        option.put("channel", pick(CHANNELS));
        optional(option, "supplier", () -> text(200));
        option.put("quantity", integer(PlanFields.field("/options/*/quantity"), 1, 1024));
        option.put("unitPrice", money("/options/*/unitPrice", currencies));
        optional(option, "licensingProbability", () -> number(PlanFields.field("/options/*/licensingProbability"), 0, 1, 3));
        optional(option, "referenceUnitPrice", () -> money("/options/*/referenceUnitPrice", currencies));
        if ("CLOUD_RENTAL".equals(option.get("channel"))) {
            // A rental is priced per period; hardware the catalog lacks has no rental rate to measure it against.
            option.put("rentalPeriod", pick(List.of("HOUR", "MONTH")));
            optional(option, "rentalMonths", () -> integer(PlanFields.field("/options/*/rentalMonths"), 1, 120));
            if (option.get("customAccelerator") != null) {
                option.put("referenceUnitPrice", money("/options/*/referenceUnitPrice", currencies));
            }
        }
        return chance(0.2) ? shuffled(option) : option;
    }

    private Map<String, Object> customAccelerator(Set<String> currencies) {
        String at = "/options/*/customAccelerator/";
        var custom = new LinkedHashMap<String, Object>();
        custom.put("vendor", chance(0.5) ? pick(VENDORS) : text(100));
        custom.put("name", text(100));
        custom.put("bf16Tflops", number(PlanFields.field(at + "bf16Tflops"), 10, 5000, 1));
        optional(custom, "memoryGb", () -> number(PlanFields.field(at + "memoryGb"), 16, 300, 0));
        optional(custom, "memoryBandwidthTbps", () -> number(PlanFields.field(at + "memoryBandwidthTbps"), 0.5, 10, 2));
        optional(custom, "tpp", () -> number(PlanFields.field(at + "tpp"), 100, 40_000, 0));
        optional(custom, "dieAreaMm2", () -> number(PlanFields.field(at + "dieAreaMm2"), 100, 900, 0));
        custom.put("referenceUnitPrice", money(at + "referenceUnitPrice", currencies));
        optional(custom, "originCountry", () -> pick(COUNTRIES));
        optional(custom, "marketedForDatacenter", random::nextBoolean);
        return custom;
    }

    private Map<String, Object> money(String path, Set<String> currencies) {
        var money = new LinkedHashMap<String, Object>();
        money.put("amount", number(PlanFields.field(path + "/amount"), 100, 400_000, 2));
        money.put("currency", pick(new ArrayList<>(currencies)));
        return money;
    }

    /** Adds an optional member half the time, and sometimes an explicit null where the contract allows one. */
    private void optional(Map<String, Object> object, String name, java.util.function.Supplier<Object> value) {
        if (chance(0.5)) {
            object.put(name, value.get());
        } else if (chance(0.1)) {
            object.put(name, null);
        }
    }

    String date() {
        return FIRST_DAY.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1)).toString();
    }

    int integer(Field field, int typicalLow, int typicalHigh) {
        int min = field.min().intValueExact();
        int max = field.max().intValueExact();
        if (chance(0.05)) {
            return chance(0.5) ? min : max;
        }
        return typicalLow + random.nextInt(typicalHigh - typicalLow + 1);
    }

    /** A number within the field's limits: usually typical, sometimes on (or, for an exclusive minimum, just above) a limit. */
    BigDecimal number(Field field, double typicalLow, double typicalHigh, int scale) {
        if (chance(0.02)) {
            if (chance(0.5)) {
                return field.max();
            }
            if (!field.exclusiveMin()) {
                return field.min();
            }
            return pick(List.of(new BigDecimal("0.000000001"), new BigDecimal("0.001"), new BigDecimal("0.01")));
        }
        BigDecimal value = BigDecimal.valueOf(typicalLow + random.nextDouble() * (typicalHigh - typicalLow))
                .setScale(scale, RoundingMode.HALF_UP);
        boolean tooLow = field.exclusiveMin() ? value.compareTo(field.min()) <= 0 : value.compareTo(field.min()) < 0;
        return tooLow ? BigDecimal.ONE : value.min(field.max());
    }

    /**
     * Free text of 1 to {@code maxLength} characters (Unicode code points, as JSON Schema counts them), starting
     * with a letter so that it is never blank; now and then exactly {@code maxLength} long.
     */
    String text(int maxLength) {
        int length = chance(0.005) ? maxLength : 1 + random.nextInt(Math.min(maxLength, chance(0.9) ? 12 : maxLength));
        var text = new StringBuilder().append((char) ('a' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            text.appendCodePoint(random.nextInt(40) == 0 ? EMOJI : ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    /** A generator of its own, for choices that must not shift the rest of this case's draws. */
    Random fork() {
        return new Random(random.nextLong());
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private Map<String, Object> shuffled(Map<String, Object> object) {
        var keys = new ArrayList<>(object.keySet());
        Collections.shuffle(keys, random);
        var copy = new LinkedHashMap<String, Object>();
        keys.forEach(key -> copy.put(key, object.get(key)));
        return copy;
    }
}
