package com.supplyrisk.api.answer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.supplyrisk.assessment.BreakEven;
import com.supplyrisk.assessment.ConcentrationFactor;
import com.supplyrisk.assessment.CostOfCompute;
import com.supplyrisk.assessment.Delivery;
import com.supplyrisk.assessment.Factors;
import com.supplyrisk.assessment.InputSensitivity;
import com.supplyrisk.assessment.LicensingFactor;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.assessment.OptionUnderScenario;
import com.supplyrisk.assessment.PricePremiumFactor;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.simulation.OptionSimulation;
import java.io.IOException;

/**
 * Writes the records an answer holds per option (the scored option, its factors, amounts, sensitivities,
 * break-even, scenario and simulation rows) field by field, in the order and with the nulls Jackson's own record
 * serializers write ({@code OptionJsonTest} compares the two byte for byte). An option holds some twenty numbers and
 * five nested records, which Blackbird leaves to reflection (it has no accessor for a {@code double} and none for a
 * property whose serializer is not Jackson's), and large answers are mostly options.
 */
public final class OptionJson {

    private OptionJson() {
    }

    public static SimpleModule module() {
        return new SimpleModule("option-json")
                .addSerializer(OptionAssessment.class, new OptionWriter())
                .addSerializer(Factors.class, new FactorsWriter())
                .addSerializer(ConcentrationFactor.class, new ConcentrationWriter())
                .addSerializer(LicensingFactor.class, new LicensingWriter())
                .addSerializer(PricePremiumFactor.class, new PricePremiumWriter())
                .addSerializer(CostOfCompute.class, new CostWriter())
                .addSerializer(Delivery.class, new DeliveryWriter())
                .addSerializer(InputSensitivity.class, new SensitivityWriter())
                .addSerializer(BreakEven.class, new BreakEvenWriter())
                .addSerializer(OptionUnderScenario.class, new ScenarioRowWriter())
                .addSerializer(OptionSimulation.class, new SimulationRowWriter());
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }

    private static final SerializableString ID = name("id");
    private static final SerializableString ACCELERATOR = name("accelerator");
    private static final SerializableString ECCN = name("eccn");
    private static final SerializableString CHANNEL = name("channel");
    private static final SerializableString SUPPLIER = name("supplier");
    private static final SerializableString QUANTITY = name("quantity");
    private static final SerializableString SCORE = name("score");
    private static final SerializableString RATING = name("rating");
    private static final SerializableString RANK = name("rank");
    private static final SerializableString COMPLIANCE = name("compliance");
    private static final SerializableString COMPUTE_PFLOPS = name("computePflops");
    private static final SerializableString TOTAL_COST = name("totalCost");
    private static final SerializableString RISK_ADJUSTED_COST = name("riskAdjustedCostPerPflops");
    private static final SerializableString COST_OF_COMPUTE = name("costOfCompute");
    private static final SerializableString DELIVERY = name("delivery");
    private static final SerializableString HORIZON_COST = name("horizonCost");
    private static final SerializableString PURCHASE_SHARE = name("purchaseShare");
    private static final SerializableString POWER = name("power");
    private static final SerializableString RENTAL = name("rental");
    private static final SerializableString DELIVERED_PFLOPS_HOURS = name("deliveredPflopsHours");
    private static final SerializableString COST_PER_PFLOPS_HOUR = name("costPerPflopsHour");
    private static final SerializableString RISK_ADJUSTED_COST_PER_PFLOPS_HOUR = name("riskAdjustedCostPerPflopsHour");
    private static final SerializableString LEAD_TIME_MONTHS = name("leadTimeMonths");
    private static final SerializableString LEAD_TIME = name("leadTime");
    private static final SerializableString VOLUME_PROBABILITY = name("volumeProbability");
    private static final SerializableString SUPPLY_VOLUME = name("supplyVolume");
    private static final SerializableString FACTORS = name("factors");
    private static final SerializableString CONCENTRATION = name("concentration");
    private static final SerializableString LICENSING = name("licensing");
    private static final SerializableString PRICE_PREMIUM = name("pricePremium");
    private static final SerializableString RISK = name("risk");
    private static final SerializableString POINTS = name("points");
    private static final SerializableString VENDOR = name("vendor");
    private static final SerializableString VENDOR_SHARE = name("vendorShare");
    private static final SerializableString SUPPLIER_SHARE = name("supplierShare");
    private static final SerializableString INSTALLED_PFLOPS = name("installedPflops");
    private static final SerializableString BOUGHT_PFLOPS = name("boughtPflops");
    private static final SerializableString TOTAL_PFLOPS = name("totalPflops");
    private static final SerializableString TOTAL_MONTHLY_HAZARD = name("totalMonthlyHazard");
    private static final SerializableString EXPLANATION = name("explanation");
    private static final SerializableString PROBABILITY = name("probability");
    private static final SerializableString POLICY_PROBABILITY = name("policyProbability");
    private static final SerializableString OVERRIDDEN = name("overridden");
    private static final SerializableString PREMIUM = name("premium");
    private static final SerializableString REFERENCE_UNIT_PRICE = name("referenceUnitPrice");
    private static final SerializableString EXCESS_COST = name("excessCost");
    private static final SerializableString INPUT = name("input");
    private static final SerializableString SCORE_AT_MINUS_10 = name("scoreAtMinus10");
    private static final SerializableString SCORE_AT_PLUS_10 = name("scoreAtPlus10");
    private static final SerializableString AGAINST = name("against");
    private static final SerializableString LICENSING_PROBABILITY = name("licensingProbability");
    private static final SerializableString UNIT_PRICE = name("unitPrice");
    private static final SerializableString RANK_CHANGE = name("rankChange");
    private static final SerializableString DELIVERY_PROBABILITY = name("deliveryProbability");
    private static final SerializableString EXPECTED_PFLOPS = name("expectedPflops");
    private static final SerializableString SHARE_OF_DELIVERED = name("shareOfDelivered");
    private static final SerializableString EXPECTED_COST = name("expectedCost");
    private static final SerializableString PROBABILITY_OF_TARGET_ALONE = name("probabilityOfTargetAlone");

    private static void field(JsonGenerator json, SerializableString name, String value) throws IOException {
        json.writeFieldName(name);
        json.writeString(value);
    }

    private static void field(JsonGenerator json, SerializableString name, double value) throws IOException {
        json.writeFieldName(name);
        PlainNumbers.write(json, value);
    }

    private static void field(JsonGenerator json, SerializableString name, int value) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(value);
    }

    private static void field(JsonGenerator json, SerializableString name, Enum<?> value) throws IOException {
        json.writeFieldName(name);
        json.writeString(value == null ? null : value.name());
    }

    private static void field(JsonGenerator json, SerializableString name, Double value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            PlainNumbers.write(json, value);
        }
    }

    /** Dates as the answers' mapper writes them, ISO-8601 strings. */
    private static void field(JsonGenerator json, SerializableString name, java.time.LocalDate value) throws IOException {
        json.writeFieldName(name);
        json.writeString(value == null ? null : value.toString());
    }

    private static void field(JsonGenerator json, SerializableString name, Money value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            AnswerAmounts.write(value, json);
        }
    }

    /** A factor's explanation is there only when the plan asked for it (see AskedForParts): left out, not null, otherwise. */
    private static void explanation(JsonGenerator json, String explanation) throws IOException {
        if (explanation != null) {
            field(json, EXPLANATION, explanation);
        }
    }

    private static final class OptionWriter extends StdSerializer<OptionAssessment> {

        OptionWriter() {
            super(OptionAssessment.class);
        }

        @Override
        public void serialize(OptionAssessment option, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject(option);
            field(json, ID, option.id());
            field(json, ACCELERATOR, option.accelerator());
            field(json, ECCN, option.eccn());
            field(json, CHANNEL, option.channel());
            field(json, SUPPLIER, option.supplier());
            field(json, QUANTITY, option.quantity());
            field(json, SCORE, option.score());
            field(json, RATING, option.rating());
            field(json, RANK, option.rank());
            field(json, COMPLIANCE, option.compliance());
            field(json, COMPUTE_PFLOPS, option.computePflops());
            field(json, TOTAL_COST, option.totalCost());
            field(json, RISK_ADJUSTED_COST, option.riskAdjustedCostPerPflops());
            json.writeFieldName(COST_OF_COMPUTE);
            CostWriter.write(option.costOfCompute(), json);
            json.writeFieldName(DELIVERY);
            DeliveryWriter.write(option.delivery(), json);
            json.writeFieldName(FACTORS);
            FactorsWriter.write(option.factors(), json, provider);
            provider.defaultSerializeField("warnings", option.warnings(), json);
            // Only a request asking for them gets these (see AskedForParts): left out, not null, otherwise.
            if (option.sensitivity() != null) {
                provider.defaultSerializeField("sensitivity", option.sensitivity(), json);
            }
            if (option.breakEven() != null) {
                provider.defaultSerializeField("breakEven", option.breakEven(), json);
            }
            json.writeEndObject();
        }
    }

    private static final class FactorsWriter extends StdSerializer<Factors> {

        FactorsWriter() {
            super(Factors.class);
        }

        @Override
        public void serialize(Factors factors, JsonGenerator json, SerializerProvider provider) throws IOException {
            write(factors, json, provider);
        }

        static void write(Factors factors, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (factors == null) {
                json.writeNull();
                return;
            }
            json.writeStartObject(factors);
            json.writeFieldName(CONCENTRATION);
            ConcentrationWriter.write(factors.concentration(), json);
            json.writeFieldName(LICENSING);
            LicensingWriter.write(factors.licensing(), json, provider);
            json.writeFieldName(PRICE_PREMIUM);
            PricePremiumWriter.write(factors.pricePremium(), json);
            json.writeEndObject();
        }
    }

    private static final class ConcentrationWriter extends StdSerializer<ConcentrationFactor> {

        ConcentrationWriter() {
            super(ConcentrationFactor.class);
        }

        @Override
        public void serialize(ConcentrationFactor factor, JsonGenerator json, SerializerProvider provider) throws IOException {
            write(factor, json);
        }

        static void write(ConcentrationFactor factor, JsonGenerator json) throws IOException {
            if (factor == null) {
                json.writeNull();
                return;
            }
            json.writeStartObject(factor);
            field(json, RISK, factor.risk());
            field(json, POINTS, factor.points());
            field(json, VENDOR, factor.vendor());
            field(json, VENDOR_SHARE, factor.vendorShare());
            field(json, SUPPLIER, factor.supplier());
            field(json, SUPPLIER_SHARE, factor.supplierShare());
            field(json, INSTALLED_PFLOPS, factor.installedPflops());
            field(json, BOUGHT_PFLOPS, factor.boughtPflops());
            field(json, TOTAL_PFLOPS, factor.totalPflops());
            explanation(json, factor.explanation());
            json.writeEndObject();
        }
    }

    /** The approvals go through their own serializer, which writes each approval once per process (RepeatedApprovals). */
    private static final class LicensingWriter extends StdSerializer<LicensingFactor> {

        LicensingWriter() {
            super(LicensingFactor.class);
        }

        @Override
        public void serialize(LicensingFactor factor, JsonGenerator json, SerializerProvider provider) throws IOException {
            write(factor, json, provider);
        }

        static void write(LicensingFactor factor, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (factor == null) {
                json.writeNull();
                return;
            }
            json.writeStartObject(factor);
            field(json, PROBABILITY, factor.probability());
            field(json, RISK, factor.risk());
            field(json, POINTS, factor.points());
            field(json, POLICY_PROBABILITY, factor.policyProbability());
            json.writeFieldName(OVERRIDDEN);
            json.writeBoolean(factor.overridden());
            field(json, TOTAL_MONTHLY_HAZARD, factor.totalMonthlyHazard());
            provider.defaultSerializeField("approvals", factor.approvals(), json);
            explanation(json, factor.explanation());
            json.writeEndObject();
        }
    }

    private static final class PricePremiumWriter extends StdSerializer<PricePremiumFactor> {

        PricePremiumWriter() {
            super(PricePremiumFactor.class);
        }

        @Override
        public void serialize(PricePremiumFactor factor, JsonGenerator json, SerializerProvider provider) throws IOException {
            write(factor, json);
        }

        static void write(PricePremiumFactor factor, JsonGenerator json) throws IOException {
            if (factor == null) {
                json.writeNull();
                return;
            }
            json.writeStartObject(factor);
            field(json, PREMIUM, factor.premium());
            field(json, RISK, factor.risk());
            field(json, POINTS, factor.points());
            field(json, UNIT_PRICE, factor.unitPrice());
            field(json, REFERENCE_UNIT_PRICE, factor.referenceUnitPrice());
            json.writeFieldName(OVERRIDDEN);
            json.writeBoolean(factor.overridden());
            field(json, EXCESS_COST, factor.excessCost());
            explanation(json, factor.explanation());
            json.writeEndObject();
        }
    }

    /** The two costs per PFLOPS-hour are left out, not null, when they cannot be given. */
    private static final class CostWriter extends StdSerializer<CostOfCompute> {

        CostWriter() {
            super(CostOfCompute.class);
        }

        @Override
        public void serialize(CostOfCompute cost, JsonGenerator json, SerializerProvider provider) throws IOException {
            write(cost, json);
        }

        static void write(CostOfCompute cost, JsonGenerator json) throws IOException {
            if (cost == null) {
                json.writeNull();
                return;
            }
            json.writeStartObject(cost);
            field(json, HORIZON_COST, cost.horizonCost());
            field(json, PURCHASE_SHARE, cost.purchaseShare());
            field(json, POWER, cost.power());
            field(json, RENTAL, cost.rental());
            field(json, DELIVERED_PFLOPS_HOURS, cost.deliveredPflopsHours());
            if (cost.costPerPflopsHour() != null) {
                field(json, COST_PER_PFLOPS_HOUR, cost.costPerPflopsHour());
            }
            if (cost.riskAdjustedCostPerPflopsHour() != null) {
                field(json, RISK_ADJUSTED_COST_PER_PFLOPS_HOUR, cost.riskAdjustedCostPerPflopsHour());
            }
            explanation(json, cost.explanation());
            json.writeEndObject();
        }
    }

    private static final class DeliveryWriter extends StdSerializer<Delivery> {

        DeliveryWriter() {
            super(Delivery.class);
        }

        @Override
        public void serialize(Delivery delivery, JsonGenerator json, SerializerProvider provider) throws IOException {
            write(delivery, json);
        }

        static void write(Delivery delivery, JsonGenerator json) throws IOException {
            if (delivery == null) {
                json.writeNull();
                return;
            }
            json.writeStartObject(delivery);
            field(json, LEAD_TIME_MONTHS, delivery.leadTimeMonths());
            field(json, LEAD_TIME, delivery.leadTime());
            field(json, VOLUME_PROBABILITY, delivery.volumeProbability());
            field(json, SUPPLY_VOLUME, delivery.supplyVolume());
            explanation(json, delivery.explanation());
            json.writeEndObject();
        }
    }

    private static final class SensitivityWriter extends StdSerializer<InputSensitivity> {

        SensitivityWriter() {
            super(InputSensitivity.class);
        }

        @Override
        public void serialize(InputSensitivity input, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject(input);
            field(json, INPUT, input.input());
            field(json, SCORE_AT_MINUS_10, input.scoreAtMinus10());
            field(json, SCORE_AT_PLUS_10, input.scoreAtPlus10());
            json.writeEndObject();
        }
    }

    private static final class BreakEvenWriter extends StdSerializer<BreakEven> {

        BreakEvenWriter() {
            super(BreakEven.class);
        }

        @Override
        public void serialize(BreakEven breakEven, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject(breakEven);
            field(json, AGAINST, breakEven.against());
            json.writeFieldName(LICENSING_PROBABILITY);
            if (breakEven.licensingProbability() == null) {
                json.writeNull();
            } else {
                PlainNumbers.write(json, breakEven.licensingProbability());
            }
            field(json, UNIT_PRICE, breakEven.unitPrice());
            field(json, EXPLANATION, breakEven.explanation());
            json.writeEndObject();
        }
    }

    private static final class ScenarioRowWriter extends StdSerializer<OptionUnderScenario> {

        ScenarioRowWriter() {
            super(OptionUnderScenario.class);
        }

        @Override
        public void serialize(OptionUnderScenario option, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject(option);
            field(json, ID, option.id());
            field(json, SCORE, option.score());
            field(json, RATING, option.rating());
            field(json, RANK, option.rank());
            field(json, RANK_CHANGE, option.rankChange());
            json.writeEndObject();
        }
    }

    private static final class SimulationRowWriter extends StdSerializer<OptionSimulation> {

        SimulationRowWriter() {
            super(OptionSimulation.class);
        }

        @Override
        public void serialize(OptionSimulation option, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject(option);
            field(json, ID, option.id());
            field(json, DELIVERY_PROBABILITY, option.deliveryProbability());
            field(json, EXPECTED_PFLOPS, option.expectedPflops());
            field(json, SHARE_OF_DELIVERED, option.shareOfDelivered());
            field(json, EXPECTED_COST, option.expectedCost());
            field(json, PROBABILITY_OF_TARGET_ALONE, option.probabilityOfTargetAlone());
            json.writeEndObject();
        }
    }
}
