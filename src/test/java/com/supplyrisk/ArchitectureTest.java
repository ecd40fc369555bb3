package com.supplyrisk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain (catalog, exchangerates, supply, plan, assessment, scoring, simulation, recommendation) stays pure: no
 * web, JSON or dependency-injection framework in it, and it never reaches the layers that serve it (the API and the loading of the data files).
 */
@AnalyzeClasses(packages = "com.supplyrisk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Web, JSON and dependency-injection frameworks, which the pure packages must not use. */
    private static final String[] FRAMEWORKS = {"jakarta..", "javax..", "com.fasterxml..", "io.quarkus..", "io.smallrye..",
        "io.vertx..", "org.eclipse.microprofile..", "org.jboss.."};

    private static final String[] DOMAIN = {"..catalog..", "..exchangerates..", "..supply..", "..plan..", "..assessment..",
        "..scoring..", "..simulation..", "..recommendation.."};

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the domain is plain Java: the REST layer and the data loading map to and from it");

    @ArchTest
    static final ArchRule domainDoesNotReachItsServers = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..referencedata..")
            .because("the API and the data loading depend on the model, never the other way round");

    @ArchTest
    static final ArchRule catalogReadsNothingElse = noClasses().that().resideInAPackage("..catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("..plan..", "..assessment..", "..scoring..", "..simulation..")
            .because("the catalog is data the rest of the model reads");

    @ArchTest
    static final ArchRule planIsInput = noClasses().that().resideInAPackage("..plan..")
            .should().dependOnClassesThat().resideInAnyPackage("..assessment..", "..scoring..", "..simulation..")
            .because("a plan is what the buyer sends, before anything is scored");

    @ArchTest
    static final ArchRule assessmentIsTheAnswer = noClasses().that().resideInAPackage("..assessment..")
            .should().dependOnClassesThat().resideInAnyPackage("..scoring..")
            .because("an assessment is the answer's shape; scoring computes it");

    @ArchTest
    static final ArchRule simulationReadsOnlyTheCatalog = noClasses().that().resideInAPackage("..simulation..")
            .should().dependOnClassesThat().resideInAnyPackage("..plan..", "..assessment..", "..scoring..")
            .because("an assessment carries a simulation, so the simulation may not depend back on the model");

    @ArchTest
    static final ArchRule recommendationReadsTheSimulation = noClasses().that().resideInAPackage("..recommendation..")
            .should().dependOnClassesThat().resideInAnyPackage("..plan..", "..assessment..", "..scoring..")
            .because("a recommendation weighs the simulation's outcomes; the model maps a plan to its candidates");

    @ArchTest
    static final ArchRule referenceDataDoesNotReachTheApi = noClasses().that().resideInAPackage("..referencedata..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..")
            .because("the data files are loaded for every caller, not for the API alone");

    @ArchTest
    static final ArchRule roomsWithoutCycles = slices().matching("com.supplyrisk.(*)..").should().beFreeOfCycles()
            .because("each top-level package depends one way only, so any one can be read without the ones above it");
}
