package com.supplyrisk.simulation;

import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.Approval;
import com.supplyrisk.catalog.ApprovalKind;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Evidence;
import com.supplyrisk.catalog.ExportControlThresholds;
import com.supplyrisk.catalog.Form;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.catalog.ReferencePrice;
import com.supplyrisk.catalog.ReviewPolicy;
import com.supplyrisk.catalog.Route;
import com.supplyrisk.catalog.SampleRules;
import com.supplyrisk.catalog.Segment;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A hand-made policy whose routes have probabilities known in closed form: chip A imported officially needs a
 * licence (0.6) and an import approval (0.5), so P = 0.3; chip B bought domestically needs supply (0.7); any chip
 * on the grey market must escape seizure, 0.75 x exp(-0.02 x 12).
 */
public final class Plans {

    public static final LocalDate DAY = LocalDate.of(2026, 1, 26);
    public static final int HORIZON = 12;
    public static final double P_A = 0.6 * 0.5;
    public static final double P_B = 0.7;
    public static final double P_GREY = 0.75 * Math.exp(-0.02 * HORIZON);

    private static final ExportControlThresholds THRESHOLDS = new ExportControlThresholds(4800, 1600, 5.92, 2400, 4800, 1.6,
            5.92, 1600, 3.2, "test thresholds");
    public static final Accelerator CHIP_A = chip("chip-a", "US");
    public static final Accelerator CHIP_B = chip("chip-b", "CN");

    private static final Approval LICENCE = new Approval("licence", ApprovalKind.LICENCE, "export licence");
    private static final Approval IMPORT = new Approval("import", ApprovalKind.LICENCE, "import approval");
    private static final Approval SUPPLY = new Approval("supply", ApprovalKind.CHANNEL, "domestic supply");
    private static final Approval SEIZURE = new Approval("seizure", ApprovalKind.CHANNEL, "delivery without seizure");

    public static final PolicyTimeline POLICY = new PolicyTimeline("2026-06-01", THRESHOLDS, SampleRules.GROUPS, List.of(LICENCE, IMPORT, SUPPLY, SEIZURE),
            List.of(rule("a-licence", LICENCE, 0.6, 0, "chip-a", Channel.OFFICIAL),
                    rule("a-import", IMPORT, 0.5, 0, "chip-a", Channel.OFFICIAL),
                    rule("b-supply", SUPPLY, 0.7, 0, "chip-b", Channel.DOMESTIC),
                    rule("grey-seizure", SEIZURE, 0.75, 0.02, null, Channel.GREY_MARKET)), List.of());

    static final MonteCarlo MONTE_CARLO = new MonteCarlo(POLICY);

    private Plans() {
    }

    private static Accelerator chip(String id, String origin) {
        return new Accelerator(id, "Vendor of " + id, id, origin, Form.CARD, true, 1, 1000, 64.0, 4.0, 16000, 800.0, 2024,
                new ReferencePrice(new Money(30_000, "USD"), DAY, "test"), null, null,
                THRESHOLDS.classify(16000, 800.0, true), "test", null, null);
    }

    private static PolicyRule rule(String id, Approval approval, double probability, double hazard, String chip, Channel channel) {
        var match = SampleRules.match(chip == null ? null : Set.of(chip), null, null, null, null, false, null, Set.of(channel), null,
                null);
        return new PolicyRule(id, approval, "authority", "requirement", LocalDate.of(2025, 1, 1), null, 1, match, probability,
                hazard, approval.kind() == ApprovalKind.LICENCE ? ReviewPolicy.CASE_BY_CASE : null, Evidence.ESTIMATE, "basis",
                "source");
    }

    public static SimulatedOption option(String id, Accelerator chip, Channel channel, double pflops, double cost) {
        return new SimulatedOption(id, new Route(chip, "CN", "CN", Segment.COMMERCIAL, channel), null, pflops,
                new Money(cost, "USD"), true, 1, 0, 48);
    }

    /** An option whose route's volume fills its order with {@code volume}, delivered after {@code leadTime} months. */
    static SimulatedOption limited(String id, Accelerator chip, double pflops, double volume, double leadTime) {
        return new SimulatedOption(id, new Route(chip, "CN", "CN", Segment.COMMERCIAL, Channel.DOMESTIC), null, pflops,
                new Money(1000, "USD"), true, volume, leadTime, 48);
    }

    public static SimulatedOption estimated(String id, double probability, double pflops, double cost) {
        return new SimulatedOption(id, new Route(CHIP_A, "CN", "CN", Segment.COMMERCIAL, Channel.OFFICIAL), probability, pflops,
                new Money(cost, "USD"), true, 1, 0, 48);
    }

    static SimulatedOption notBought(SimulatedOption option) {
        return new SimulatedOption(option.id(), option.route(), option.licensingProbability(), option.computePflops(),
                option.totalCost(), false, option.volumeProbability(), option.leadTimeMonths(), option.runMonths());
    }

    static SimulatedPlan plan(SimulatedOption... options) {
        return new SimulatedPlan(DAY, HORIZON, "USD", List.of(options));
    }

    static Trials trials(int count, long seed, double target) {
        return new Trials(count, seed, target, null);
    }

    /** Five standard errors of a frequency over {@code count} trials: a closed form further off than this is a bug. */
    static double fiveStandardErrors(double p, int count) {
        return 5 * Math.sqrt(p * (1 - p) / count);
    }
}
