package com.supplyrisk.api;

import static com.supplyrisk.api.Plans.example;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scenarios and sensitivity through the API: presets, custom scenarios, the figures of docs/analyses.md and every refusal. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
class ScenariosTest {

    private static final String ASSESSMENTS = "/api/v1/assessments";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static JsonPath assess(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    /** The seed plan with the given scenarios and sensitivity as asked. */
    private static ObjectNode seedWith(Object scenarios, Boolean sensitivity) throws IOException {
        ObjectNode plan = (ObjectNode) JSON.readTree(example("seed-dilemma.json"));
        if (scenarios != null) {
            plan.set("scenarios", JSON.valueToTree(scenarios));
        }
        if (sensitivity != null) {
            plan.put("sensitivity", sensitivity);
        }
        return plan;
    }

    private static String seedScenarios() {
        return example("seed-scenarios.json");
    }

    private static Map<String, Object> under(JsonPath answer, String scenario, String option) {
        return answer.getMap("scenarioResults.find { it.scenario == '" + scenario + "' }.options.find { it.id == '" + option + "' }");
    }

    @Test
    void broadChineseApprovalRaisesTheOfficialH200sProbabilityButNotPastTheRentedH200() throws IOException {
        JsonPath answer = assess(seedWith(List.of("china-approves-h200-broadly"), null));
        Map<String, Object> official = under(answer, "china-approves-h200-broadly", "h200-official");

        // US case-by-case 0.5 and Chinese approval 0.9, hazards 0.01 + 0.01 over 12 months, and 64 units against the
        // 80,000 H200 from stock at a 10% share (supply.yaml); 30 points of concentration.
        double probability = 0.5 * 0.9 * Math.exp(-0.02 * 12) * Math.exp(-64 / 8_000.0);
        assertThat(((Number) official.get("score")).doubleValue()).isCloseTo(30 + 45 * (1 - probability), within(0.006));
        assertThat(probability).isGreaterThan(answer.getDouble("options.find { it.id == 'h200-official' }.factors.licensing.probability"));
        assertThat(((Number) official.get("score")).doubleValue()).isGreaterThan(
                answer.getDouble("options.find { it.id == 'h200-cloud' }.score"));
        assertThat((Integer) official.get("rankChange")).isZero();
        assertThat(answer.getString("scenarioResults[0].description")).contains("H200");
        assertThat(answer.getBoolean("scenarioResults[0].custom")).isFalse();
    }

    @Test
    void revokedUsLicencesLeaveOfficialH200AndH20WithNoChance() throws IOException {
        JsonPath answer = assess(seedWith(List.of("us-revokes-china-licences"), null));
        for (String id : List.of("h200-official", "h20-official")) {
            double concentration = answer.getDouble("options.find { it.id == '" + id + "' }.factors.concentration.points");
            // P = 0: licensing risk 1, so all 45 licensing points.
            assertThat(((Number) under(answer, "us-revokes-china-licences", id).get("score")).doubleValue())
                    .as(id).isEqualTo(concentration + 45);
        }
        assertThat(under(answer, "us-revokes-china-licences", "ascend-910b").get("score"))
                .isEqualTo(answer.get("options.find { it.id == 'ascend-910b' }.score"));
    }

    @Test
    void aCustomScenarioRepricesItsChannelAndCountsRankChanges() throws IOException {
        var custom = Map.of("name", "grey-doubles", "overrides", Map.of("premiums", Map.of("GREY_MARKET", 1.0)));
        JsonPath answer = assess(seedWith(List.of(custom), null));

        assertThat(answer.getBoolean("scenarioResults[0].custom")).isTrue();
        assertThat(answer.getString("scenarioResults[0].scenario")).isEqualTo("grey-doubles");
        // Premium 1.0 is the cap: all 25 price points on top of the grey option's other points.
        double grey = answer.getDouble("options.find { it.id == 'h200-grey' }.factors.concentration.points")
                + answer.getDouble("options.find { it.id == 'h200-grey' }.factors.licensing.points") + 25;
        assertThat(((Number) under(answer, "grey-doubles", "h200-grey").get("score")).doubleValue()).isCloseTo(grey, within(0.011));
        List<Map<String, Object>> options = answer.getList("scenarioResults[0].options");
        assertThat(options).extracting(o -> o.get("id")).containsExactlyElementsOf(answer.getList("options.id"));
        for (int i = 0; i < options.size(); i++) {
            assertThat(options.get(i).get("rankChange")).isEqualTo((Integer) options.get(i).get("rank") - answer.getInt("options[" + i + "].rank"));
        }
    }

    @Test
    void aPlainRequestCarriesNoneOfTheAskedForParts() {
        String body = given().contentType(ContentType.JSON).body(example("seed-dilemma.json")).post(ASSESSMENTS)
                .then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("scenarioResults", "sensitivity", "breakEven");
    }

    @Test
    void sensitivityAndBreakEvenOnlyWhereTheyBelong() throws IOException {
        JsonPath answer = assess(seedWith(null, true));
        assertThat(answer.getList("options.sensitivity")).allSatisfy(list -> assertThat((List<?>) list).hasSize(9));
        assertThat(answer.getString("options.find { it.rank == 1 }.breakEven.against"))
                .isEqualTo(answer.getString("options.find { it.rank == 2 }.id"));
        assertThat(answer.getString("options.find { it.rank == 2 }.breakEven.against"))
                .isEqualTo(answer.getString("options.find { it.rank == 1 }.id"));
        assertThat(answer.getList("options.findAll { it.rank > 2 }.breakEven")).containsOnlyNulls();
        assertThat(answer.getList("scenarioResults")).isNull();
    }

    @Test
    void theReadmeScenarioTableIsWhatTheServiceAnswers() throws IOException {
        JsonPath answer = assess(seedScenarios());
        String readme = Files.readString(Path.of("docs/analyses.md"));
        String section = readme.substring(readme.indexOf("## Scenarios and sensitivity"), readme.indexOf("## Simulation"));
        Matcher header = Pattern.compile("\\| option \\| as sent \\|(.*)\\|\\n").matcher(section);
        assertThat(header.find()).isTrue();
        List<String> scenarios = new ArrayList<>();
        for (String cell : header.group(1).split("\\|")) {
            scenarios.add(cell.strip().replace("`", ""));
        }
        assertThat(scenarios).isEqualTo(answer.getList("scenarioResults.scenario"));
        List<String> ids = answer.getList("options.id");
        int rows = 0;
        for (String line : section.split("\\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 3 || !ids.contains(cells[1].strip())) {
                continue;
            }
            String id = cells[1].strip();
            assertThat(cells[2].strip()).as(id).isEqualTo(scoreAndRank(answer.getMap("options.find { it.id == '" + id + "' }")));
            for (int s = 0; s < scenarios.size(); s++) {
                assertThat(cells[3 + s].strip()).as("%s under %s", id, scenarios.get(s))
                        .isEqualTo(scoreAndRank(under(answer, scenarios.get(s), id)));
            }
            rows++;
        }
        assertThat(rows).isEqualTo(ids.size());
    }

    @Test
    void theReadmeSensitivityExcerptIsWhatTheServiceAnswers() throws IOException {
        JsonNode answer = JSON.readTree(given().contentType(ContentType.JSON).body(seedScenarios()).post(ASSESSMENTS).asString());
        String readme = Files.readString(Path.of("docs/analyses.md"));
        String section = readme.substring(readme.indexOf("**Sensitivity.**"), readme.indexOf("## Simulation"));
        JsonNode excerpt = JSON.readTree(section.substring(section.indexOf("```json") + 7, section.indexOf("```", section.indexOf("```json") + 7)));
        JsonNode ascend = null;
        for (JsonNode option : answer.get("options")) {
            if (option.get("id").asText().equals("ascend-910b")) {
                ascend = option;
            }
        }
        ArrayNode firstThree = JSON.createArrayNode();
        for (int i = 0; i < excerpt.get("sensitivity").size(); i++) {
            firstThree.add(ascend.get("sensitivity").get(i));
        }
        assertThat(excerpt.get("sensitivity")).isEqualTo(firstThree);
        assertThat(excerpt.get("breakEven")).isEqualTo(ascend.get("breakEven"));
    }

    @Test
    void theContractsScenarioExampleIsWhatTheServiceAnswers() throws IOException {
        JsonNode contract = ContractTest.committed();
        JsonNode example = contract.at("/paths/~1api~1v1~1assessments/post/responses/200/content/application~1json/examples/seedScenarios/value");
        JsonNode request = contract.at("/paths/~1api~1v1~1assessments/post/requestBody/content/application~1json/examples/seedScenarios/value");
        assertThat(request).isEqualTo(JSON.readTree(seedScenarios()));
        JsonNode answer = JSON.readTree(given().contentType(ContentType.JSON).body(request.toString()).post(ASSESSMENTS).asString());
        assertThat(ContractTest.drift(example, answer)).isEmpty();
    }

    @Test
    void thePresetsAreListedWithWhatTheyChangeOnTheDay() {
        given().queryParam("asOf", "2026-01-26").when().get("/api/v1/scenarios")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("policyVersion", equalTo("2026-12-05"))
                .body("asOf", equalTo("2026-01-26"))
                .body("scenarios.name", equalTo(List.of("baseline", "china-approves-h200-broadly", "us-revokes-china-licences",
                        "grey-market-crackdown", "domestic-capacity-doubles")))
                .body("scenarios.find { it.name == 'baseline' }.rules", equalTo(List.of()))
                .body("scenarios.find { it.name == 'china-approves-h200-broadly' }.rules.id", equalTo(List.of("cn-h200-customs-hold")))
                .body("scenarios.find { it.name == 'china-approves-h200-broadly' }.rules[0].probability", equalTo(0.1f))
                .body("scenarios.find { it.name == 'china-approves-h200-broadly' }.rules[0].newProbability", equalTo(0.9f))
                .body("scenarios.find { it.name == 'china-approves-h200-broadly' }.rulesChanged", equalTo(5))
                .body("scenarios.find { it.name == 'grey-market-crackdown' }.premiums.GREY_MARKET", equalTo(1.0f))
                .body("scenarios.find { it.name == 'us-revokes-china-licences' }.rules.newProbability", hasItem(0.0f));
        // After the customs hold, the same preset changes the rule in force then instead.
        given().queryParam("asOf", "2026-01-30").when().get("/api/v1/scenarios")
                .then().statusCode(200)
                .body("scenarios.find { it.name == 'china-approves-h200-broadly' }.rules.id", equalTo(List.of("cn-h200-first-import-approvals")));
        given().queryParam("asOf", "2026-03-01").when().get("/api/v1/scenarios")
                .then().statusCode(200)
                .body("scenarios.find { it.name == 'china-approves-h200-broadly' }.rules.id", equalTo(List.of("cn-h200-approvals-not-converted")));
    }

    @Test
    void aBadDayForTheListIsAnInvalidParameter() {
        given().queryParam("asOf", "26-01-2026").when().get("/api/v1/scenarios")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors[0].parameter", equalTo("asOf"));
    }

    private static String scoreAndRank(Map<String, Object> option) {
        return String.format(java.util.Locale.ROOT, "%.2f / %d", ((Number) option.get("score")).doubleValue(), (Integer) option.get("rank"));
    }

    // ------------------------------------------------------------------------------------------ refusals

    private static JsonPath refused(Object body) {
        Response response = given().contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS);
        response.then().statusCode(400).contentType("application/problem+json");
        return response.jsonPath();
    }

    private static void refusedAt(Object body, String pointer, String detailPart) {
        JsonPath problem = refused(body);
        assertThat(problem.getList("errors.pointer")).as(problem.prettify()).contains(pointer);
        assertThat(problem.getString("errors.find { it.pointer == '" + pointer + "' }.detail")).contains(detailPart);
    }

    private static Map<String, Object> custom(String name, Map<String, Object> overrides) {
        return Map.of("name", name, "overrides", overrides);
    }

    @Test
    void anUnknownPresetNamesThePresets() throws IOException {
        refusedAt(seedWith(List.of("baseline", "china-approves-everything"), null), "#/scenarios/1", "china-approves-h200-broadly");
    }

    @Test
    void anUnknownRuleNamesTheClosestRules() throws IOException {
        var scenarios = List.of("baseline", "grey-market-crackdown",
                custom("my-view", Map.of("rules", Map.of("cn-h200-customs-hol", Map.of("probability", 0.5)))));
        refusedAt(seedWith(scenarios, null), "#/scenarios/2/overrides/rules/cn-h200-customs-hol", "cn-h200-customs-hold");
    }

    @Test
    void tooManyScenariosOrRuleChangesAreRefused() throws IOException {
        var many = new ArrayList<Object>();
        for (int i = 0; i < 21; i++) {
            many.add(custom("view-" + i, Map.of("fxRates", Map.of("CNY", 7.0))));
        }
        refusedAt(seedWith(many, null), "#/scenarios", "size must be between 1 and 20");
        refusedAt(seedWith(List.of(), null), "#/scenarios", "size must be between 1 and 20");
        var rules = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < 101; i++) {
            rules.put("rule-" + i, Map.of("probability", 0.5));
        }
        refusedAt(seedWith(List.of(custom("many-rules", Map.of("rules", rules))), null), "#/scenarios/0/overrides/rules",
                "size must be between 0 and 100");
    }

    @Test
    void numbersOutOfRangeAreRefusedWhereTheyStand() throws IOException {
        var scenario = custom("out-of-range", Map.of(
                "rules", Map.of("cn-h200-customs-hold", Map.of("probability", 1.5, "monthlyHazard", -0.1)),
                "premiums", Map.of("GREY_MARKET", 11),
                "fxRates", Map.of("CNY", 0)));
        JsonPath problem = refused(seedWith(List.of(scenario), null));
        assertThat(problem.getList("errors.pointer")).contains("#/scenarios/0/overrides/rules/cn-h200-customs-hold/probability",
                "#/scenarios/0/overrides/rules/cn-h200-customs-hold/monthlyHazard", "#/scenarios/0/overrides/premiums/GREY_MARKET",
                "#/scenarios/0/overrides/fxRates/CNY");
    }

    @Test
    void namesMustBeKebabCaseUniqueAndNotAPresets() throws IOException {
        var fx = Map.<String, Object>of("fxRates", Map.of("CNY", 7.0));
        refusedAt(seedWith(List.of(custom("My View", fx)), null), "#/scenarios/0/name", "kebab case");
        refusedAt(seedWith(List.of(custom("mine", fx), custom("mine", fx)), null), "#/scenarios/1/name", "unique");
        refusedAt(seedWith(List.of(custom("baseline", fx)), null), "#/scenarios/0/name", "preset");
        refusedAt(seedWith(List.of("baseline", "baseline"), null), "#/scenarios/1", "twice");
    }

    @Test
    void aCustomScenarioMustChangeSomethingThatExists() throws IOException {
        refusedAt(seedWith(List.of(custom("nothing", Map.of())), null), "#/scenarios/0/overrides", "at least one");
        refusedAt(seedWith(List.of(custom("half", Map.of("rules", Map.of("cn-h200-customs-hold", Map.of())))), null),
                "#/scenarios/0/overrides/rules/cn-h200-customs-hold", "probability, monthlyHazard or both");
        refusedAt(seedWith(List.of(custom("teleport", Map.of("premiums", Map.of("TELEPORT", 0.1)))), null),
                "#/scenarios/0/overrides/premiums/TELEPORT", "OFFICIAL");
        refusedAt(seedWith(List.of(Map.of("name", "no-overrides")), null), "#/scenarios/0/overrides", "must not be null");
    }

    @Test
    void wrongTypesAndUnknownFieldsAreRefusedWithAPointer() throws IOException {
        refusedAt(seedWith(List.of(42), null), "#/scenarios/0", "preset");
        refusedAt(seedWith(List.of(Map.of("name", "x", "overrides", Map.of("fxRates", Map.of("CNY", 7.0)), "extra", 1)), null),
                "#/scenarios/0/extra", "unknown field");
        ObjectNode plan = seedWith(null, null);
        plan.put("sensitivity", "yes");
        refusedAt(plan, "#/sensitivity", "true or false");
    }
}
