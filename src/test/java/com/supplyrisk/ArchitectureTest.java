package com.supplyrisk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The scoring model stays pure: no web, JSON or dependency-injection framework in it. */
@AnalyzeClasses(packages = "com.supplyrisk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule scoringIsPure = noClasses().that().resideInAPackage("..scoring..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "com.fasterxml..", "io.quarkus..",
                    "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..", "org.jboss..")
            .because("scoring is a pure domain: the REST layer maps to and from it");

    @ArchTest
    static final ArchRule scoringDoesNotReachTheApi = noClasses().that().resideInAPackage("..scoring..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..")
            .because("the API depends on the model, never the other way round");

    @ArchTest
    static final ArchRule catalogDoesNotReachScoringOrTheApi = noClasses().that().resideInAPackage("..catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("..scoring..", "..api..")
            .because("the catalog is data the model reads");
}
