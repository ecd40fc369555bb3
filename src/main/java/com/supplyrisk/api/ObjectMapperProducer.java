package com.supplyrisk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one ObjectMapper of the service, built as Quarkus builds its default (every {@link ObjectMapperCustomizer},
 * Quarkus' own and {@link StrictJson}, highest priority first) but on {@link PlainNumbers#jsonFactory()}, which a
 * customizer cannot swap in.
 */
public class ObjectMapperProducer {

    @Produces
    @Singleton
    ObjectMapper objectMapper(Instance<ObjectMapperCustomizer> customizers) {
        var mapper = new ObjectMapper(PlainNumbers.jsonFactory());
        customizers.stream().sorted().forEach(customizer -> customizer.customize(mapper));
        return mapper;
    }
}
