package com.supplyrisk.api.answer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.supplyrisk.assessment.ApprovalOutcome;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes each approval once and reuses its bytes: every option on a route repeats the same approvals, with their
 * authority, requirement, basis and source, and writing that text again for each of thousands of options was
 * most of the cost of writing a large answer. The bytes are those Jackson writes for the approval.
 */
public final class RepeatedApprovals {

    /** The policy data has tens of rules; overridden probabilities make more, which past this are written afresh. */
    private static final int MAX_REMEMBERED = 4096;

    private RepeatedApprovals() {
    }

    public static SimpleModule module() {
        return new SimpleModule("repeated-approvals").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                    JsonSerializer<?> serializer) {
                return description.getBeanClass() == ApprovalOutcome.class
                        ? new Remembered((JsonSerializer<Object>) serializer)
                        : serializer;
            }
        });
    }

    /** Resolved and contextualised as the bean serializer it wraps would be: unresolved, it would leave out nulls. */
    private static final class Remembered extends StdSerializer<ApprovalOutcome>
            implements ResolvableSerializer, ContextualSerializer {

        private final JsonSerializer<Object> plain;
        private final Map<ApprovalOutcome, SerializableString> written = new ConcurrentHashMap<>();

        Remembered(JsonSerializer<Object> plain) {
            super(ApprovalOutcome.class);
            this.plain = plain;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (plain instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
            if (plain instanceof ContextualSerializer contextual) {
                JsonSerializer<?> own = contextual.createContextual(provider, property);
                return own == plain ? this : new Remembered((JsonSerializer<Object>) own);
            }
            return this;
        }

        @Override
        public void serialize(ApprovalOutcome approval, JsonGenerator generator, SerializerProvider provider) throws IOException {
            SerializableString json = written.get(approval);
            ObjectCodec codec = generator.getCodec();
            if (json == null && (codec == null || written.size() >= MAX_REMEMBERED)) {
                plain.serialize(approval, generator, provider);
                return;
            }
            if (json == null) {
                var text = new StringWriter(1024);
                try (JsonGenerator own = codec.getFactory().createGenerator(text)) {
                    plain.serialize(approval, own, provider);
                }
                json = new SerializedString(text.toString());
                written.putIfAbsent(approval, json);
            }
            generator.writeRawValue(json);
        }
    }
}
