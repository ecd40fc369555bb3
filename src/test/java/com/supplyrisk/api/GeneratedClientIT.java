package com.supplyrisk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.supplyrisk.client.ApiClient;
import com.supplyrisk.client.ApiException;
import com.supplyrisk.client.api.AssessmentsApi;
import com.supplyrisk.client.api.CatalogApi;
import com.supplyrisk.client.api.RecommendationsApi;
import com.supplyrisk.client.model.Assessment;
import com.supplyrisk.client.model.AssessmentRequest;
import com.supplyrisk.client.model.Buyer;
import com.supplyrisk.client.model.Channel;
import com.supplyrisk.client.model.FleetHolding;
import com.supplyrisk.client.model.FrontierPoint;
import com.supplyrisk.client.model.Goal;
import com.supplyrisk.client.model.Mode;
import com.supplyrisk.client.model.MoneyInput;
import com.supplyrisk.client.model.OptionAssessment;
import com.supplyrisk.client.model.OptionRequest;
import com.supplyrisk.client.model.OptionalMoneyInput;
import com.supplyrisk.client.model.OrderQuantity;
import com.supplyrisk.client.model.Recommendation;
import com.supplyrisk.client.model.RecommendationOutcomes;
import com.supplyrisk.client.model.RecommendationRequest;
import com.supplyrisk.client.model.Segment;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Procurement tooling integrating from the contract alone: the client is generated from
 * openapi/openapi.yaml during the build and talks to the packaged jar.
 */
@QuarkusIntegrationTest
class GeneratedClientIT {

    private static ApiClient client() {
        return new ApiClient().setHost("localhost").setPort(RestAssured.port).setScheme("http");
    }

    private static OptionRequest option(String id, String accelerator, Channel channel, String supplier, int quantity,
            double amount, String currency) {
        return new OptionRequest().id(id).accelerator(accelerator).channel(channel).supplier(supplier).quantity(quantity)
                .unitPrice(new MoneyInput().amount(amount).currency(currency));
    }

    private static List<OptionRequest> seedOptions() {
        return List.of(
                option("h200-official", "nvidia-h200", Channel.OFFICIAL, "Authorised distributor", 64, 191_700, "CNY"),
                option("h200-grey", "nvidia-h200", Channel.GREY_MARKET, "Shenzhen broker", 64, 287_500, "CNY"),
                option("h20-official", "nvidia-h20", Channel.OFFICIAL, "Authorised distributor", 64, 131_250, "CNY"),
                option("ascend-910b", "huawei-ascend-910b", Channel.DOMESTIC, "Huawei", 128, 120_000, "CNY"),
                option("h200-cloud", "nvidia-h200", Channel.CLOUD_RENTAL, "Cloud provider in Malaysia", 64, 7.912, "USD")
                        .rentalPeriod(OptionRequest.RentalPeriodEnum.HOUR));
    }

    @Test
    void theGeneratedClientScoresTheSeedPlanAndReadsItsRanks() throws ApiException {
        var seed = new AssessmentRequest()
                .planId("bj-cluster-2026q1")
                .buyer(new Buyer().country("CN").headquarters("CN").segment(Segment.COMMERCIAL))
                .asOf(LocalDate.of(2026, 1, 26))
                .horizonMonths(12)
                .currency("USD")
                .mode(Mode.ALTERNATIVES)
                .existingFleet(List.of(new FleetHolding().vendor("NVIDIA").pflops(120.0)))
                .options(seedOptions());

        Assessment answer = new AssessmentsApi(client()).assessPlan(seed);

        assertThat(answer.getPlanId()).isEqualTo("bj-cluster-2026q1");
        assertThat(answer.getOptions()).extracting(OptionAssessment::getId)
                .containsExactly("h200-official", "h200-grey", "h20-official", "ascend-910b", "h200-cloud");
        assertThat(answer.getOptions()).extracting(OptionAssessment::getRank).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        OptionAssessment best = answer.getOptions().stream().filter(o -> o.getRank() == 1).findFirst().orElseThrow();
        assertThat(best.getId()).isEqualTo("ascend-910b");
        OptionAssessment grey = answer.getOptions().get(1);
        assertThat(grey.getFactors().getPricePremium().getPremium()).isCloseTo(0.50, within(0.01));
        assertThat(answer.getPlan().getScore()).isEqualTo(best.getScore());
        assertThat(best.getCostOfCompute().getRiskAdjustedCostPerPflopsHour()).isPositive();
        assertThat(best.getDelivery().getLeadTimeMonths()).isEqualTo(4.0);
    }

    @Test
    void theGeneratedClientAsksForTheSeedRecommendationAndReadsItsFrontier() throws ApiException {
        var request = new RecommendationRequest()
                .buyer(new Buyer().country("CN").headquarters("CN").segment(Segment.COMMERCIAL))
                .asOf(LocalDate.of(2026, 1, 26))
                .currency("USD")
                .options(seedOptions())
                .goal(new Goal().targetComputePflops(40.0).confidence(0.9)
                        .budget(new OptionalMoneyInput().amount(16_000_000.0).currency("CNY")));

        Recommendation answer = new RecommendationsApi(client()).recommendMix(request);

        assertThat(answer.getFeasible()).isFalse();
        assertThat(answer.getRecommendation().getQuantities()).extracting(OrderQuantity::getOptionId).containsExactly("ascend-910b");
        assertThat(answer.getRecommendation().getProbabilityOfTarget()).isEqualTo(0.8463);
        assertThat(answer.getFrontier()).extracting(FrontierPoint::getConfidence).containsExactly(0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99);
        assertThat(answer.getOutcomes().getMethod()).isEqualTo(RecommendationOutcomes.MethodEnum.EXACT);
    }

    @Test
    void theGeneratedClientReadsTheCatalogAndSeesProblemsAsExceptions() throws ApiException {
        assertThat(new CatalogApi(client()).getAccelerator("nvidia-h200").getEccn()).hasToString("3A090.a");
        assertThatThrownBy(() -> new CatalogApi(client()).getAccelerator("nvidia-h2"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).getCode()).isEqualTo(404));
    }
}
