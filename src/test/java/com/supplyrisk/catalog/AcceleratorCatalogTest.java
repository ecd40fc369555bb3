package com.supplyrisk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Look-up by id and the suggestions for an unknown id. */
class AcceleratorCatalogTest {

    static Accelerator chip(String id) {
        return PolicyTimelineTest.chip(id, "US", 15832, 4.8);
    }

    static final AcceleratorCatalog CATALOG = new AcceleratorCatalog("2026-06-01", List.of(
            chip("nvidia-h100"), chip("nvidia-h20"), chip("nvidia-h200"), chip("nvidia-b200"), chip("huawei-ascend-910b")));

    @Test
    void findsAKnownIdAndNothingForAnUnknownOne() {
        assertThat(CATALOG.find("nvidia-h200")).map(Accelerator::id).contains("nvidia-h200");
        assertThat(CATALOG.find("nvidia-h2000")).isEmpty();
    }

    @Test
    void allListsTheAcceleratorsInIdOrder() {
        assertThat(CATALOG.all()).extracting(Accelerator::id)
                .containsExactly("huawei-ascend-910b", "nvidia-b200", "nvidia-h100", "nvidia-h20", "nvidia-h200");
    }

    @Test
    void closestIdsToATypoStartWithTheIntendedId() {
        assertThat(CATALOG.closestIds("nvidia-h2000", 3)).startsWith("nvidia-h200").hasSize(3);
    }

    @Test
    void closestIdsIgnoreTheCaseOfTheProbe() {
        assertThat(CATALOG.closestIds("NVIDIA-H2000", 1)).containsExactly("nvidia-h200");
    }

    @Test
    void closestIdsBreakDistanceTiesById() {
        // nvidia-b200, nvidia-h100 and nvidia-h20 are all at distance 2 from nvidia-h2000.
        assertThat(CATALOG.closestIds("nvidia-h2000", 4)).containsExactly("nvidia-h200", "nvidia-b200", "nvidia-h100", "nvidia-h20");
    }

    @Test
    void editDistanceBasics() {
        assertThat(NearestNames.editDistance("", "")).isZero();
        assertThat(NearestNames.editDistance("", "abc")).isEqualTo(3);
        assertThat(NearestNames.editDistance("abc", "")).isEqualTo(3);
        assertThat(NearestNames.editDistance("nvidia-h200", "nvidia-h200")).isZero();
        assertThat(NearestNames.editDistance("nvidia-h200", "nvidia-h2000")).isEqualTo(1);
        assertThat(NearestNames.editDistance("nvidia-h200", "nvidia-h100")).isEqualTo(1);
        assertThat(NearestNames.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestNames.editDistance("flaw", "lawn")).isEqualTo(2);
    }

    @Test
    void editDistanceIsSymmetricAndBoundedByTheLengths() {
        var random = new Random(20260126);
        for (int i = 0; i < 500; i++) {
            String a = randomWord(random);
            String b = randomWord(random);
            int distance = NearestNames.editDistance(a, b);

            assertThat(distance).as("%s / %s", a, b).isEqualTo(NearestNames.editDistance(b, a));
            assertThat(distance).as("%s / %s", a, b).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
            assertThat(distance == 0).as("%s / %s", a, b).isEqualTo(a.equals(b));
        }
    }

    /** Short words over a small alphabet, so that near-misses are common. */
    private static String randomWord(Random random) {
        var word = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            word.append("ab0-".charAt(random.nextInt(4)));
        }
        return word.toString();
    }

    @Test
    void duplicateIdsAreRejected() {
        assertThatThrownBy(() -> new AcceleratorCatalog("v", List.of(chip("nvidia-h200"), chip("nvidia-h100"), chip("nvidia-h200"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate accelerator id 'nvidia-h200'");
    }

    @Test
    void blankVersionIsRejected() {
        assertThatThrownBy(() -> new AcceleratorCatalog(" ", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
