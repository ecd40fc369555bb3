package com.supplyrisk.referencedata;

import static com.supplyrisk.referencedata.ShippedDataTest.POLICY;
import static com.supplyrisk.referencedata.ShippedDataTest.official;
import static com.supplyrisk.referencedata.ShippedDataTest.probability;
import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.catalog.ApprovalKind;
import com.supplyrisk.catalog.CountryGroups;
import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.ReviewPolicy;
import com.supplyrisk.catalog.Route;
import com.supplyrisk.catalog.Segment;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped policy by destination class: every EAR country group, each embargo, Hong Kong, the headquarters rule and
 * an unknown country, for a US data-centre chip bought officially on 2026-06-01 unless a case says otherwise.
 */
class DestinationClassesTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    static PolicyRule usRule(String chip, String country, String headquarters, LocalDate day) {
        return ShippedDataTest.usLicence(official(chip, country, headquarters, Segment.COMMERCIAL), day).orElseThrow(
                () -> new AssertionError("no US export rule for " + chip + " to " + country));
    }

    @ParameterizedTest(name = "{0}: {1}, rule {2}")
    @CsvSource({
        "US, NOT_REQUIRED, us-no-licence-by-destination",
        "DE, NOT_REQUIRED, us-no-licence-by-destination",
        "JP, NOT_REQUIRED, us-no-licence-by-destination",
        "IN, NOT_REQUIRED, us-no-licence-by-destination",
        "SG, NOT_REQUIRED, us-no-licence-by-destination",
        "MY, NOT_REQUIRED, us-no-licence-by-destination",
        "IL, NOT_REQUIRED, us-no-licence-by-destination",
        "VN, CASE_BY_CASE, us-3a090-d1-d4-licence-2023",
        "KZ, CASE_BY_CASE, us-3a090-d1-d4-licence-2023",
        "AE, CASE_BY_CASE, us-3a090-gulf-licences-2025",
        "SA, CASE_BY_CASE, us-3a090-gulf-licences-2025",
        "VE, PRESUMPTION_OF_DENIAL, us-3a090-d5-presumption-of-denial-2023",
        "MO, PRESUMPTION_OF_DENIAL, us-blackwell-excluded",
        "RU, POLICY_OF_DENIAL, us-russia-belarus-sanctions-2022",
        "BY, POLICY_OF_DENIAL, us-russia-belarus-sanctions-2022",
        "IR, POLICY_OF_DENIAL, us-embargo-cuba-iran-north-korea",
        "KP, POLICY_OF_DENIAL, us-embargo-cuba-iran-north-korea",
        "CU, POLICY_OF_DENIAL, us-embargo-cuba-iran-north-korea",
        "SY, PRESUMPTION_OF_DENIAL, us-3a090-d5-presumption-of-denial-2023",
        "ZZ, CASE_BY_CASE, us-unknown-destination"
    })
    void aB300ToEachDestinationClassMeetsItsReviewPolicy(String country, ReviewPolicy review, String rule) {
        PolicyRule applied = usRule("nvidia-b300", country, country, DAY);

        assertThat(applied.id()).isEqualTo(rule);
        assertThat(applied.review()).isEqualTo(review);
    }

    @Test
    void noDestinationOfAControlledChipIsUnrestrictedWithoutARuleSayingSo() {
        for (String country : Locale.getISOCountries()) {
            PolicyRule applied = usRule("nvidia-b300", country, country, DAY);
            assertThat(applied.source()).as(country).isNotBlank();
            if (applied.review() == ReviewPolicy.NOT_REQUIRED) {
                assertThat(POLICY.countryGroups().on(country, DAY).groups()).as(country)
                        .doesNotContain("D:5", "E:1", "E:2", CountryGroups.UNKNOWN);
            }
        }
    }

    @Test
    void hongKongIsChinaForUsExportControls() {
        assertThat(POLICY.countryGroups().on("HK", DAY).groups()).contains("D:1", "D:4", "D:5").doesNotContain("A:6");
        assertThat(POLICY.countryGroups().on("HK", LocalDate.of(2020, 12, 22)).groups()).containsExactly("A:6");
        assertThat(usRule("nvidia-b300", "HK", "HK", DAY).id()).isEqualTo(usRule("nvidia-b300", "CN", "CN", DAY).id());
        assertThat(usRule("nvidia-h200", "HK", "HK", DAY).id()).isEqualTo(usRule("nvidia-h200", "CN", "CN", DAY).id());
    }

    @Test
    void hongKongIsNotChineseCustomsTerritory() {
        Route hongKong = official("nvidia-h200", "HK", "HK", Segment.COMMERCIAL);

        assertThat(POLICY.approvalsFor(hongKong, DAY)).extracting(rule -> rule.approval().id()).doesNotContain("cn-import-approval");
    }

    @Test
    void theHeadquartersRuleFollowsTheUltimateParentWhereverTheBuyerSits() {
        PolicyRule subsidiary = usRule("nvidia-b300", "MY", "CN", DAY);
        PolicyRule japaneseArm = usRule("nvidia-b300", "JP", "RU", DAY);

        assertThat(subsidiary.review()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(japaneseArm.id()).isEqualTo("us-3a090-d5-presumption-of-denial-2023");
        assertThat(usRule("nvidia-b300", "CN", "MY", DAY).review()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(usRule("nvidia-b300", "MY", "MY", DAY).review()).isEqualTo(ReviewPolicy.NOT_REQUIRED);
    }

    @Test
    void syriaIsEmbargoedUntilTheEasingOfSeptember2025AndThenHasCivilItemsApproved() {
        assertThat(usRule("nvidia-rtx-4090d", "SY", "SY", LocalDate.of(2025, 9, 1)).id()).isEqualTo("us-embargo-syria-until-2025");
        PolicyRule after = usRule("nvidia-rtx-4090d", "SY", "SY", LocalDate.of(2025, 9, 2));
        assertThat(after.id()).isEqualTo("us-syria-civil-items-2025");
        assertThat(after.review()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_APPROVAL);
    }

    @Test
    void embargoesReachUncontrolledChipsToo() {
        assertThat(usRule("nvidia-rtx-4090d", "IR", "IR", DAY).review()).isEqualTo(ReviewPolicy.POLICY_OF_DENIAL);
        assertThat(usRule("nvidia-rtx-4090d", "RU", "RU", DAY).review()).isEqualTo(ReviewPolicy.POLICY_OF_DENIAL);
        assertThat(usRule("nvidia-rtx-4090d", "VN", "VN", DAY).review()).isEqualTo(ReviewPolicy.NOT_REQUIRED);
    }

    @Test
    void cambodiaLeftD5InFebruary2026() {
        assertThat(POLICY.countryGroups().on("KH", LocalDate.of(2026, 2, 2)).groups()).contains("D:5");
        assertThat(POLICY.countryGroups().on("KH", LocalDate.of(2026, 2, 3)).groups()).contains("D:1").doesNotContain("D:5");
        assertThat(usRule("nvidia-b300", "KH", "KH", DAY).id()).isEqualTo("us-3a090-d1-d4-licence-2023");
    }

    @Test
    void huaweiAscendBoughtOutsideChinaIsExposedToGeneralProhibition10() {
        Route abroad = official("huawei-ascend-910b", "MY", "MY", Segment.COMMERCIAL);
        Route atHome = official("huawei-ascend-910b", "CN", "CN", Segment.COMMERCIAL);

        assertThat(POLICY.approvalsFor(abroad, DAY)).anySatisfy(rule -> {
            assertThat(rule.id()).isEqualTo("us-gp10-huawei-ascend-2025");
            assertThat(rule.review()).isEqualTo(ReviewPolicy.PROHIBITED);
        });
        assertThat(POLICY.approvalsFor(atHome, DAY)).noneMatch(rule -> rule.review() == ReviewPolicy.PROHIBITED);
        assertThat(POLICY.approvalsFor(official("cambricon-mlu590", "DE", "DE", Segment.COMMERCIAL), DAY))
                .anyMatch(rule -> rule.id().equals("us-gp10-prc-advanced-chips-2025"));
    }

    @Test
    void theOfficialH20IsNearlyImpossibleAfterTheProductionHaltAndTheCustomsChecks() {
        assertThat(probability(official("nvidia-h20", "CN", "CN", Segment.COMMERCIAL), DAY)).isLessThan(0.05);
        assertThat(probability(official("nvidia-h20", "CN", "CN", Segment.COMMERCIAL), LocalDate.of(2025, 8, 15)))
                .isGreaterThan(0.2);
    }

    @Test
    void everyRuleHasAnEvidenceGradeAndEveryLicenceRuleItsReviewPolicy() {
        assertThat(POLICY.rules()).allSatisfy(rule -> {
            assertThat(rule.evidence()).as(rule.id()).isNotNull();
            assertThat(rule.review() != null).as(rule.id())
                    .isEqualTo(rule.approval().kind() == ApprovalKind.LICENCE);
        });
    }

    @Test
    void usRulesThatNameChinaNameHongKongToo() {
        assertThat(POLICY.rules())
                .filteredOn(rule -> rule.id().startsWith("us-") || rule.id().startsWith("grey-") || rule.id().startsWith("cloud-us-"))
                .filteredOn(rule -> rule.match().destinations().contains("CN"))
                .allSatisfy(rule -> assertThat(rule.match().destinations()).as(rule.id()).contains("HK"));
    }
}
