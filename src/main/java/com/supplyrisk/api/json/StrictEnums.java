package com.supplyrisk.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an enum only from its exact name: Jackson would otherwise accept {@code "OFFICIAL "} by trimming it,
 * a silent coercion the contract does not allow.
 */
public final class StrictEnums extends BeanDeserializerModifier {

    static SimpleModule module() {
        return new SimpleModule("strict-enums").setDeserializerModifier(new StrictEnums());
    }

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return new ExactName(type.getRawClass());
    }

    /** Looks the text up among the constants' names; anything else is an invalid value. */
    private static final class ExactName extends StdDeserializer<Object> {

        private final Map<String, Object> byName = new HashMap<>();

        ExactName(Class<?> type) {
            super(type);
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            Object constant = byName.get(parser.getText());
            return constant != null ? constant
                    : context.handleWeirdStringValue(handledType(), parser.getText(), "not one of the allowed values");
        }
    }
}
