package com.supplyrisk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.api.mapping.PlanMapper;
import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A custom accelerator's id: the slug the regular expressions it was first written with make of its names. */
class CustomIdTest {

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aZ09 -_.~/Éü߀ﬁ²\t").ofMaxLength(130),
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("ab-").ofMinLength(95).ofMaxLength(110));
    }

    @Property(tries = 5_000)
    void isTheSlugOfVendorAndName(@ForAll("names") String vendor, @ForAll("names") String name) {
        assertThat(PlanMapper.customId(vendor, name)).isEqualTo(slug(vendor, name));
    }

    @Example
    void examples() {
        assertThat(PlanMapper.customId("ACME", "X1 (PCIe)")).isEqualTo("custom-acme-x1-pcie");
        assertThat(PlanMapper.customId("Intel", "--Gaudi 3--")).isEqualTo("custom-intel-gaudi-3");
        assertThat(PlanMapper.customId("€", "")).isEqualTo("custom-accelerator");
    }

    private static String slug(String vendor, String name) {
        String slug = Normalizer.normalize(vendor + " " + name, Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        String id = slug.isEmpty() ? "custom-accelerator" : "custom-" + slug;
        return id.length() <= 100 ? id : id.substring(0, 100).replaceAll("-+$", "");
    }
}
