package com.supplyrisk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The scoring model and the simulation stay pure: no web, JSON or dependency-injection framework in them. */
@AnalyzeClasses(packages = "com.supplyrisk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Web, JSON and dependency-injection frameworks, which the pure packages must not use. */
    private static final String[] FRAMEWORKS = {"jakarta..", "javax..", "com.fasterxml..", "io.quarkus..", "io.smallrye..",
        "io.vertx..", "org.eclipse.microprofile..", "org.jboss.."};

    @ArchTest
    static final ArchRule scoringIsPure = noClasses().that().resideInAPackage("..scoring..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("scoring is a pure domain: the REST layer maps to and from it");

    @ArchTest
    static final ArchRule scoringDoesNotReachTheApi = noClasses().that().resideInAPackage("..scoring..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..")
            .because("the API depends on the model, never the other way round");

    @ArchTest
    static final ArchRule catalogDoesNotReachScoringOrTheApi = noClasses().that().resideInAPackage("..catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("..scoring..", "..api..")
            .because("the catalog is data the model reads");

    @ArchTest
    static final ArchRule simulationIsPure = noClasses().that().resideInAPackage("..simulation..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the simulation is a pure domain: the REST layer maps to and from it");

    @ArchTest
    static final ArchRule simulationReadsOnlyTheCatalog = noClasses().that().resideInAPackage("..simulation..")
            .should().dependOnClassesThat().resideInAnyPackage("..scoring..", "..api..")
            .because("an assessment carries a simulation, so the simulation may not depend back on scoring or the API");

    @ArchTest
    static final ArchRule catalogDoesNotReachTheSimulation = noClasses().that().resideInAPackage("..catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("..simulation..")
            .because("the catalog is data the simulation reads");
}
