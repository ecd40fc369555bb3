package com.supplyrisk.api;

import static com.supplyrisk.api.Plans.example;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Spreadsheets: the assessment as CSV opens as a table that matches the JSON answer row for row. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
class CsvAnswerTest {

    private static final String ASSESSMENTS = "/api/v1/assessments";

    @Test
    void theCsvAnswerParsesBackToTheJsonAnswer() throws IOException {
        String body = example("seed-dilemma.json");
        String csv = given().contentType(ContentType.JSON).accept("text/csv").body(body)
                .when().post(ASSESSMENTS)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        JsonPath json = given().contentType(ContentType.JSON).body(body).post(ASSESSMENTS).jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        List<Map<String, Object>> options = json.getList("options");
        assertThat(rows).hasSize(options.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            String at = "options[" + i + "].";
            assertThat(row.get("id")).isEqualTo(json.getString(at + "id"));
            assertThat(row.get("accelerator")).isEqualTo(json.getString(at + "accelerator"));
            assertThat(row.get("channel")).isEqualTo(json.getString(at + "channel"));
            assertThat(row.get("supplier")).isEqualTo(json.getString(at + "supplier"));
            assertThat(Integer.parseInt(row.get("quantity"))).isEqualTo(json.getInt(at + "quantity"));
            assertThat(Integer.parseInt(row.get("rank"))).isEqualTo(json.getInt(at + "rank"));
            assertThat(row.get("rating")).isEqualTo(json.getString(at + "rating"));
            assertThat(row.get("compliance")).isEqualTo(json.getString(at + "compliance"));
            assertThat(row.get("currency")).isEqualTo(json.getString("currency"));
            assertThat(new java.math.BigDecimal(row.get("score"))).isEqualByComparingTo(json.getString(at + "score"));
            assertThat(new java.math.BigDecimal(row.get("licensingProbability")))
                    .isEqualByComparingTo(json.getString(at + "factors.licensing.probability"));
            assertThat(new java.math.BigDecimal(row.get("premium")))
                    .isEqualByComparingTo(json.getString(at + "factors.pricePremium.premium"));
            assertThat(new java.math.BigDecimal(row.get("totalCost")))
                    .isEqualByComparingTo(json.getString(at + "totalCost"));
            assertThat(new java.math.BigDecimal(row.get("licensingPoints")))
                    .isEqualByComparingTo(json.getString(at + "factors.licensing.points"));
        }
    }

    /** The explanations have a column only when the plan asks for them, holding the JSON answer's three sentences. */
    @Test
    void theExplainColumnIsThereOnlyWhenAskedFor() throws IOException {
        String plain = example("seed-dilemma.json");
        String explained = plain.replaceFirst("\\{", "{\"explain\": true,");
        assertThat(csv(plain).getHeaderNames()).doesNotContain("explain").last().isEqualTo("riskAdjustedCostPerPflopsHour");

        var parsed = csv(explained);
        assertThat(parsed.getHeaderNames()).last().isEqualTo("explain");
        JsonPath json = given().contentType(ContentType.JSON).body(explained).post(ASSESSMENTS).jsonPath();
        List<CSVRecord> rows = parsed.getRecords();
        for (int i = 0; i < rows.size(); i++) {
            String at = "options[" + i + "].factors.";
            assertThat(rows.get(i).get("explain")).isEqualTo(json.getString(at + "concentration.explanation") + " "
                    + json.getString(at + "licensing.explanation") + " " + json.getString(at + "pricePremium.explanation"));
        }
    }

    private static CSVParser csv(String body) throws IOException {
        String text = given().contentType(ContentType.JSON).accept("text/csv").body(body)
                .when().post(ASSESSMENTS)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text));
    }

    @Test
    void fieldsWithCommasAndQuotesAreQuotedAsRfc4180Says() throws IOException {
        var plan = Plans.plan("CN", "CN", "COMMERCIAL", "2026-01-26",
                List.of(Plans.option("a", "huawei-ascend-910b", "DOMESTIC", 8, 120_000, "CNY")));
        @SuppressWarnings("unchecked")
        var option = (Map<String, Object>) ((List<Object>) plan.get("options")).get(0);
        option.put("supplier", "Huawei, \"Ascend\" partner");
        String csv = given().contentType(ContentType.JSON).accept("text/csv").body(plan).post(ASSESSMENTS).asString();

        assertThat(csv).contains("\"Huawei, \"\"Ascend\"\" partner\"");
        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords().get(0);
        assertThat(row.get("supplier")).isEqualTo("Huawei, \"Ascend\" partner");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void anInvalidPlanAskedAsCsvIsStillAProblem() {
        given().contentType(ContentType.JSON).accept("text/csv").body("{\"buyer\":{\"country\":\"CN\"},\"options\":[]}")
                .when().post(ASSESSMENTS)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
