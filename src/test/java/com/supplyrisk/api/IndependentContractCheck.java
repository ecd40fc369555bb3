package com.supplyrisk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an answer against the published contract with networknt's json-schema-validator in its OpenAPI 3.0
 * dialect: a second implementation beside the swagger-request-validator of {@link ContractValidation}, so that
 * what one of them lets through the other may still catch. Status, media type and body are checked.
 */
final class IndependentContractCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path contractFile;
    private final JsonNode contract;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    IndependentContractCheck(Path contractFile) {
        this.contractFile = contractFile.toAbsolutePath();
        try {
            this.contract = new ObjectMapper(new YAMLFactory()).readTree(contractFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What in the answer breaks the contract of {@code method path}; empty when nothing does. */
    List<String> violations(String method, String path, int status, String contentType, String body) {
        String at = "/paths/" + escape(path) + "/" + method.toLowerCase(Locale.ROOT) + "/responses";
        JsonNode responses = contract.at(at);
        String code = String.valueOf(status);
        if (!responses.has(code)) {
            return List.of("status " + status + " is not documented for " + method + " " + path);
        }
        at += "/" + code;
        JsonNode response = responses.get(code);
        if (response.has("$ref")) {
            at = response.get("$ref").asText().substring(1);
            response = contract.at(at);
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip();
        if (!response.path("content").has(mediaType)) {
            return List.of("content type '" + contentType + "' is not documented for " + status + " of " + method + " " + path);
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        String pointer = at + "/content/" + escape(mediaType) + "/schema";
        JsonSchema schema = schemas.computeIfAbsent(pointer,
                p -> factory.getSchema(SchemaLocation.of(contractFile.toUri() + "#" + p)));
        var found = new ArrayList<String>();
        try {
            for (ValidationMessage message : schema.validate(JSON.readTree(body))) {
                found.add(message.getInstanceLocation() + ": " + message.getMessage());
            }
        } catch (IOException e) {
            found.add("the body is not JSON: " + e.getMessage());
        }
        return found;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
