package com.supplyrisk.api.config;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * Switches off Hibernate Validator's cache of traversable-resolver answers. Quarkus' resolver lets every property be
 * traversed, so the cache saves nothing; but its keys for the options of one plan collide, and looking them up made
 * validating a plan grow faster than its options.
 */
@Singleton
public class ValidatorSettings implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.enableTraversableResolverResultCache(false);
    }
}
