package com.supplyrisk.api.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A plan as for an assessment, each option's {@code quantity} being the most that route can supply, and beside its
 * fields the {@code goal}. Read as one object: the goal is taken out and the rest read as the plan, so that both keep
 * the pointers of the body as sent.
 */
@JsonDeserialize(using = RecommendationRequest.Reader.class)
public record RecommendationRequest(AssessmentRequest plan, GoalRequest goal) {

    public static final String GOAL = "goal";

    /** The goal out of the object, the rest as a plan; anything but an object is refused as a plan would be. */
    public static final class Reader extends StdDeserializer<RecommendationRequest> {

        public Reader() {
            super(RecommendationRequest.class);
        }

        @Override
        public RecommendationRequest deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode body = context.readTree(parser);
            if (!(body instanceof ObjectNode object)) {
                return new RecommendationRequest(context.readTreeAsValue(body, AssessmentRequest.class), null);
            }
            JsonNode goal = object.remove(GOAL);
            AssessmentRequest plan = context.readTreeAsValue(object, AssessmentRequest.class);
            try {
                return new RecommendationRequest(plan, goal == null || goal.isNull() ? null : context.readTreeAsValue(goal, GoalRequest.class));
            } catch (JsonMappingException e) {
                e.prependPath(RecommendationRequest.class, GOAL);
                throw e;
            }
        }
    }
}
