package com.supplyrisk.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Validates every response a test class sees against the published contract, so the document cannot
 * drift from the behaviour. Requests are not validated: the tests send invalid ones on purpose.
 */
public class ContractValidation implements BeforeAllCallback, AfterAllCallback {

    static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    private static final OpenApiValidationFilter RESPONSES = responseValidator();

    /** The parser finds its extensions through the context class loader, which Quarkus tests replace. */
    private static OpenApiValidationFilter responseValidator() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ContractValidation.class.getClassLoader());
        try {
            return new OpenApiValidationFilter(OpenApiInteractionValidator
                    .createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.replaceFiltersWith(RESPONSES);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RestAssured.replaceFiltersWith(java.util.List.of());
    }
}
