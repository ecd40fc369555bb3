package com.supplyrisk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.api.config.AuthenticationTest;
import com.supplyrisk.api.config.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The report page of the packaged jar with authentication on: the page itself is open, scoring needs the token field. */
@QuarkusIntegrationTest
@TestProfile(AuthenticationTest.AuthOn.class)
class ReportPageAuthBrowserIT {

    @Test
    void withoutATokenThePageAsksForOneAndWithItScores() throws IOException {
        try (ReportPage page = ReportPage.open(1280, 1600)) {
            page.waitForPlanText();
            page.score();
            page.waitForText("#err-token", "requires sign-in");
            assertThat(page.text("#status")).isEqualTo("Sign-in needed: see the message under the token field.");
            assertThat(page.text("#err-token")).contains("bearer token");
            assertThat(page.focusedId()).isEqualTo("token");
            page.screenshot("report-token-needed.png");

            page.typeToken(Tokens.signed(Tokens.claims().groups("supply-risk-viewer")));
            page.score();
            page.waitForText("#err-token", "supply-risk-user");

            page.typeToken(Tokens.valid());
            page.score();
            page.waitForRankingRows(5);
            assertThat(page.visible("#err-token")).isFalse();
            assertThat(page.text("#status")).contains("best is ascend-910b");
        }
    }
}
