package com.supplyrisk.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.AcceleratorCatalog;
import com.supplyrisk.catalog.Eccn;
import com.supplyrisk.catalog.ExportControlThresholds;
import com.supplyrisk.catalog.ExportControlThresholdsTest;
import com.supplyrisk.exchangerates.FxRates;
import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.PolicyTimeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken data file stops loading with a message that names the file and the entry. */
class InvalidDataFileTest {

    static final ExportControlThresholds EAR = ExportControlThresholdsTest.EAR;

    static final String H200 = """
              - id: nvidia-h200
                vendor: NVIDIA
                name: H200 SXM 141GB
                originCountry: US
                form: CARD
                marketedForDatacenter: true
                chipsPerUnit: 1
                bf16Tflops: 989
                memoryGb: 141
                memoryBandwidthTbps: 4.8
                tpp: 15832
                dieAreaMm2: 814
                launchYear: 2024
                referenceUnitPrice:
                  amount: 191700
                  currency: CNY
                  asOf: 2026-01-26
                  source: "test"
                boardPower: { watts: 700, asOf: 2023-11-13, evidence: OFFICIAL_STATEMENT, source: "test" }
                referenceRentalRate: { amount: 7.912, currency: USD, period: HOUR, asOf: 2025-12-21, evidence: OFFICIAL_STATEMENT, source: "test" }
                specsSource: "test"
            """;

    static final String POLICY_HEAD = """
            version: "2026-06-01"
            exportControl:
              eccn3a090a: { tppAtLeast: 4800, densityTppAtLeast: 1600, densityAtLeast: 5.92 }
              eccn3a090b: { tppAtLeast: 2400, tppBelow: 4800, densityAtLeast: 1.6, densityBelow: 5.92, altTppAtLeast: 1600, altDensityAtLeast: 3.2 }
              source: "test"
            countryGroups:
              source: "test"
              evidence: REGULATION
              groups:
                - id: "D:5"
                  description: "arms embargo"
                  members: ["CN"]
              unlisted: ["MO", "MY"]
            approvals:
              - id: us-export-licence
                kind: LICENCE
                description: "US export licence"
            scenarios: []
            rules:
            """;

    static String rule(String id, String approval, String probability) {
        return """
                  - id: %s
                    approval: %s
                    authority: "BIS"
                    requirement: "Export licence"
                    effectiveFrom: 2026-01-15
                    priority: 2
                    match:
                      eccn: ["3A090.a"]
                      destinations: [CN, MO]
                      headquarters: [CN, MO]
                      channels: [OFFICIAL]
                    probability: %s
                    monthlyHazard: 0.01
                    review: CASE_BY_CASE
                    evidence: REGULATION
                    basis: "test"
                    source: "test"
                """.formatted(id, approval, probability);
    }

    static String fxTable(String date, String rates) {
        return """
                  - date: %s
                    source: "test"
                    perUsd: { %s }
                """.formatted(date, rates);
    }

    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    AcceleratorCatalog loadCatalog(Path file) {
        return ReferenceData.loadCatalog(ReferenceData.read(Optional.of(file), ReferenceData.ACCELERATORS), EAR);
    }

    PolicyTimeline loadPolicy(Path file) {
        return ReferenceData.loadPolicy(ReferenceData.read(Optional.of(file), ReferenceData.POLICY));
    }

    FxRates loadFx(Path file) {
        return ReferenceData.loadFx(ReferenceData.read(Optional.of(file), ReferenceData.FX));
    }

    @Test
    void handWrittenValidFilesLoad() throws IOException {
        AcceleratorCatalog catalog = loadCatalog(write("accelerators.yaml", "version: \"v\"\naccelerators:\n" + H200));
        PolicyTimeline policy = loadPolicy(write("policy.yaml", POLICY_HEAD + rule("us-case-by-case", "us-export-licence", "0.6")));
        FxRates fx = loadFx(write("fx.yaml", "version: \"v\"\ntables:\n" + fxTable("2026-01-26", "CNY: 6.9612, EUR: 0.852")));

        assertThat(catalog.find("nvidia-h200")).map(Accelerator::eccn).contains(Eccn.ECCN_3A090_A);
        assertThat(policy.rules()).extracting(PolicyRule::id).containsExactly("us-case-by-case");
        assertThat(fx.tables()).hasSize(1);
    }

    @Test
    void unknownKeyInAnAcceleratorEntryNamesTheFileTheEntryAndTheKey() throws IOException {
        Path file = write("accelerators.yaml", "version: \"v\"\naccelerators:\n" + H200 + H200.replace("nvidia-h200", "nvidia-h20")
                .replace("specsSource: \"test\"", "specsSource: \"test\"\n    sparseTflops: 1979"));

        assertThatThrownBy(() -> loadCatalog(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + ": accelerators[1] (nvidia-h20)")
                .hasMessageContaining("sparseTflops");
    }

    @Test
    void aDuplicateKeyIsRejectedRatherThanTheLastOneWinning() throws IOException {
        Path file = write("accelerators.yaml", "version: \"v\"\naccelerators:\n"
                + H200.replace("    tpp: 15832\n", "    tpp: 15832\n    tpp: 1\n"));

        assertThatThrownBy(() -> loadCatalog(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("tpp");
    }

    @Test
    void missingTppNamesTheFileTheEntryAndTheKey() throws IOException {
        Path file = write("accelerators.yaml", "version: \"v\"\naccelerators:\n" + H200.replace("    tpp: 15832\n", ""));

        assertThatThrownBy(() -> loadCatalog(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + ": accelerators[0] (nvidia-h200)")
                .hasMessageContaining("tpp");
    }

    @Test
    void probabilityAboveOneInARuleNamesTheFileAndTheRule() throws IOException {
        Path file = write("policy.yaml", POLICY_HEAD + rule("us-ok", "us-export-licence", "0.6")
                + rule("us-too-sure", "us-export-licence", "1.5"));

        assertThatThrownBy(() -> loadPolicy(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + ": rules[1] (us-too-sure)")
                .hasMessageContaining("probability");
    }

    @Test
    void ruleNamingAnUnknownApprovalNamesTheFileTheRuleAndTheApproval() throws IOException {
        Path file = write("policy.yaml", POLICY_HEAD + rule("eu-rule", "eu-export-licence", "0.6"));

        assertThatThrownBy(() -> loadPolicy(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + ": rules[0] (eu-rule)")
                .hasMessageContaining("eu-export-licence");
    }

    @Test
    void duplicateRuleIdNamesTheFileAndTheRule() throws IOException {
        Path file = write("policy.yaml", POLICY_HEAD + rule("us-rule", "us-export-licence", "0.6")
                + rule("us-rule", "us-export-licence", "0.5"));

        assertThatThrownBy(() -> loadPolicy(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("us-rule");
    }

    @Test
    void aScenarioChangingAnUnknownRuleNamesTheFileTheScenarioAndTheRule() throws IOException {
        Path file = write("policy.yaml", POLICY_HEAD.replace("scenarios: []\n", """
                scenarios:
                  - name: licences-easier
                    description: "Licences are easier to get"
                    basis: "test"
                    overrides:
                      rules:
                        us-case-by-cas: { probability: 0.9 }
                """) + rule("us-case-by-case", "us-export-licence", "0.6"));

        assertThatThrownBy(() -> loadPolicy(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + ": scenarios[0] (licences-easier)")
                .hasMessageContaining("us-case-by-cas")
                .hasMessageContaining("closest: us-case-by-case");
    }

    @Test
    void aScenarioPremiumOutOfRangeNamesTheFileAndTheScenario() throws IOException {
        Path file = write("policy.yaml", POLICY_HEAD.replace("scenarios: []\n", """
                scenarios:
                  - name: grey-free
                    description: "Grey-market stock is given away"
                    basis: "test"
                    overrides:
                      premiums: { GREY_MARKET: -1.0 }
                """) + rule("us-case-by-case", "us-export-licence", "0.6"));

        assertThatThrownBy(() -> loadPolicy(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + ": scenarios[0] (grey-free)")
                .hasMessageContaining("GREY_MARKET");
    }

    @Test
    void aPolicyFileWithoutScenariosNamesTheMissingKey() throws IOException {
        Path file = write("policy.yaml", POLICY_HEAD.replace("scenarios: []\n", "") + rule("us-case-by-case", "us-export-licence", "0.6"));

        assertThatThrownBy(() -> loadPolicy(file))
                .isInstanceOf(DataFileException.class)
                .hasMessage(file + ": key 'scenarios' is missing");
    }

    @Test
    void fileThatIsNotYamlNamesTheFile() throws IOException {
        Path file = write("policy.yaml", "version: [unclosed\n  rules: {{\n");

        assertThatThrownBy(() -> loadPolicy(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + ": is not valid YAML");
    }

    @Test
    void yamlThatIsNotAMappingNamesTheFile() throws IOException {
        Path file = write("fx.yaml", "just a sentence, not a data file\n");

        assertThatThrownBy(() -> loadFx(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + ": is not a YAML mapping");
    }

    @Test
    void missingFileNamesThePath() {
        Path file = dir.resolve("no-such-file.yaml");

        assertThatThrownBy(() -> loadCatalog(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + ": cannot be read");
    }

    @Test
    void fxTableWithADifferentCurrencySetNamesTheFileAndTheTable() throws IOException {
        Path file = write("fx.yaml", "version: \"v\"\ntables:\n" + fxTable("2026-01-01", "CNY: 7.00, EUR: 0.852")
                + fxTable("2026-01-26", "CNY: 6.9612"));

        assertThatThrownBy(() -> loadFx(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + ": table 2026-01-26")
                .hasMessageContaining("same currencies");
    }

    @Test
    void twoFxTablesWithTheSameDateNameTheFileAndTheDate() throws IOException {
        Path file = write("fx.yaml", "version: \"v\"\ntables:\n" + fxTable("2026-01-26", "CNY: 7.00")
                + fxTable("2026-01-26", "CNY: 6.9612"));

        assertThatThrownBy(() -> loadFx(file))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("2026-01-26");
    }

    @Test
    void missingTopLevelKeyNamesTheFileAndTheKey() throws IOException {
        Path file = write("accelerators.yaml", "version: \"v\"\n");

        assertThatThrownBy(() -> loadCatalog(file))
                .isInstanceOf(DataFileException.class)
                .hasMessage(file + ": key 'accelerators' is missing");
    }
}
