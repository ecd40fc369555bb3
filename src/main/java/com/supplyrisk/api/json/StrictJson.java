package com.supplyrisk.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.api.answer.AnswerAmounts;
import com.supplyrisk.api.answer.AskedForParts;
import com.supplyrisk.api.answer.OptionJson;
import com.supplyrisk.api.answer.PlainNumbers;
import com.supplyrisk.api.answer.RepeatedApprovals;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads request bodies strictly: what the contract does not allow is an error, never silently coerced
 * (unknown fields, floats for integers, strings for numbers, duplicate keys, trailing tokens), and writes
 * numbers without E-notation.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private final SupplyRiskConfig.Limits limits;

    public StrictJson(SupplyRiskConfig config) {
        this.limits = config.limits();
    }

    /** Last, so that the strict date reader replaces the one Quarkus' own customizers register. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual || type == LogicalType.Enum
                            || type == LogicalType.DateTime ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, type == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        // Property access through generated lambdas rather than reflection: answers hold tens of properties per option.
        mapper.registerModule(new BlackbirdModule());
        mapper.registerModule(PlainNumbers.module());
        mapper.registerModule(AnswerAmounts.module());
        mapper.registerModule(RepeatedApprovals.module());
        mapper.registerModule(OptionJson.module());
        mapper.registerModule(StrictDate.module());
        mapper.registerModule(StrictEnums.module());
        mapper.registerModule(AskedForParts.module());
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxNumberLength(limits.maxNumberLength())
                .build());
    }
}
