package com.supplyrisk.api;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(ContractValidation.class)
class CatalogResourceTest {

    @Test
    void theCatalogListsEveryAcceleratorWithItsDerivedEccnAndPrice() {
        get("/api/v1/accelerators").then().statusCode(200)
                .body("version", equalTo("2026-12-05"))
                .body("accelerators", hasSize(14))
                .body("accelerators.id", hasItems("nvidia-h200", "nvidia-h20", "huawei-ascend-910b", "huawei-cloudmatrix-384"))
                .body("accelerators.referenceUnitPrice.source", everyItem(not(emptyOrNullString())));
    }

    @Test
    void oneAcceleratorShowsItsSpecsAndEccn() {
        get("/api/v1/accelerators/nvidia-h200").then().statusCode(200)
                .body("vendor", equalTo("NVIDIA"))
                .body("tpp", equalTo(15832.0f))
                .body("eccn", equalTo("3A090.a"))
                .body("referenceUnitPrice.amount", equalTo(191700.0f))
                .body("referenceUnitPrice.currency", equalTo("CNY"));
        get("/api/v1/accelerators/nvidia-h20").then().statusCode(200).body("eccn", equalTo("EAR99"));
        get("/api/v1/accelerators/nvidia-rtx-4090d").then().statusCode(200).body("eccn", equalTo("EAR99"));
    }

    @Test
    void anUnknownAcceleratorIsA404NamingTheClosestIds() {
        get("/api/v1/accelerators/nvidia-h2").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("nvidia-h20"));
    }

    @Test
    void thePolicyOfADayShowsTheRulesInForceWithTheirSources() {
        given().queryParam("asOf", "2026-01-20").get("/api/v1/policy").then().statusCode(200)
                .body("version", equalTo("2026-12-05"))
                .body("asOf", equalTo("2026-01-20"))
                .body("rules.id", hasItems("cn-h200-customs-hold"))
                .body("rules.source", everyItem(not(emptyOrNullString())))
                .body("rules.basis", everyItem(not(emptyOrNullString())));
        given().queryParam("asOf", "2026-03-01").get("/api/v1/policy").then().statusCode(200)
                .body("rules.id", not(hasItems("cn-h200-customs-hold")))
                .body("fx.perUsd.CNY", equalTo(6.9612f));
    }
}
