package com.supplyrisk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The statuses and media types openapi/openapi.yaml documents per operation, read once, so that every
 * fuzz answer can be checked for status and content-type conformance (Schemathesis'
 * {@code status_code_conformance} and {@code content_type_conformance}).
 */
final class DocumentedAnswers {

    private final JsonNode contract;

    private DocumentedAnswers(JsonNode contract) {
        this.contract = contract;
    }

    static DocumentedAnswers read(Path contract) {
        try {
            return new DocumentedAnswers(new ObjectMapper(new YAMLFactory()).readTree(contract.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean hasPath(String template) {
        return contract.path("paths").has(template);
    }

    boolean hasOperation(String template, String method) {
        return contract.path("paths").path(template).has(method.toLowerCase(Locale.ROOT));
    }

    /**
     * The media types documented for this answer (empty when the answer has no body), or nothing when the
     * operation does not document the status.
     */
    Optional<Set<String>> mediaTypes(String template, String method, int status) {
        JsonNode responses = contract.path("paths").path(template).path(method.toLowerCase(Locale.ROOT)).path("responses");
        JsonNode response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status)) : responses.get("default");
        if (response == null) {
            return Optional.empty();
        }
        if (response.has("$ref")) {
            response = contract.at(response.get("$ref").asText().substring(1));
        }
        var types = new LinkedHashSet<String>();
        response.path("content").fieldNames().forEachRemaining(types::add);
        return Optional.of(types);
    }
}
