package com.supplyrisk.api.request;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.supplyrisk.catalog.ScenarioPreset;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import org.hibernate.validator.constraints.CodePointLength;

/** One entry of a request's {@code scenarios}: the name of a preset of the policy data, or the buyer's own scenario. */
@JsonDeserialize(using = ScenarioRequest.Reader.class)
public sealed interface ScenarioRequest permits ScenarioRequest.Preset, ScenarioRequest.Custom {

    /** A preset, named by a string; whether the policy data has it is checked with the rest of the plan. */
    record Preset(@JsonValue String name) implements ScenarioRequest {
    }

    /** The buyer's own scenario. */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Custom(
            @NotNull @CodePointLength(max = ScenarioPreset.MAX_NAME_LENGTH)
            @Pattern(regexp = ScenarioPreset.NAME_PATTERN, message = "must be lower-case kebab case: letters, digits and single dashes")
            String name,
            @NotNull @Valid OverridesRequest overrides) implements ScenarioRequest {
    }

    /** A string is a preset, an object a custom scenario; anything else is refused with what is expected. */
    final class Reader extends StdDeserializer<ScenarioRequest> {

        public Reader() {
            super(ScenarioRequest.class);
        }

        @Override
        public ScenarioRequest deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return new Preset(parser.getText());
            }
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                return context.readValue(parser, Custom.class);
            }
            throw MismatchedInputException.from(parser, (Class<?>) null,
                    "must be the name of a preset or an object with name and overrides");
        }
    }
}
