package com.supplyrisk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.GeneratedCases.Inputs;
import com.supplyrisk.GeneratedCases.NamedFailures;
import com.supplyrisk.GeneratedCases;
import com.supplyrisk.api.mapping.PlanMapper;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A custom accelerator's id: the slug the regular expressions it was first written with make of its names. */
@ExtendWith(NamedFailures.class)
class CustomIdTest {

    private static final long SEED = 20_260_303L;
    private static final String SOME_CHARS = "aZ09 -_.~/Éü߀ﬁ²\t";
    private static final String SLUG_CHARS = "ab-";
    /** The empty name, a name of each kind's first, last (and space) character, the slug characters at their shortest. */
    private static final List<String> EDGE_NAMES = List.of("", "a", "\t", "\u0000", "\uffff", " ", "a".repeat(95),
            "-".repeat(95));

    /** A name of the characters an id is made of and of any others, at any length up to and over the id's 100. */
    private static String name(Inputs inputs) {
        return switch (inputs.random().nextInt(3)) {
            case 0 -> chars(inputs, 0, 130, SOME_CHARS);
            case 1 -> chars(inputs, 0, 60, null);
            default -> chars(inputs, 95, 110, SLUG_CHARS);
        };
    }

    /** Of {@code alphabet}'s characters, or of any of the 65,536 when it is null, unpaired surrogates too. */
    private static String chars(Inputs inputs, int minLength, int maxLength, String alphabet) {
        long length = inputs.integer(minLength, maxLength);
        var name = new StringBuilder();
        while (name.length() < length) {
            name.append(alphabet == null ? (char) inputs.random().nextInt(Character.MAX_VALUE + 1)
                    : alphabet.charAt(inputs.random().nextInt(alphabet.length())));
        }
        return name.toString();
    }

    record Names(String vendor, String name) {
    }

    /** Every pair of edge names, then drawn pairs: 5,000 cases. */
    static Stream<Named<Names>> names() {
        var edges = EDGE_NAMES.stream().flatMap(vendor -> EDGE_NAMES.stream().map(name -> new Names(vendor, name))).toList();
        return GeneratedCases.cases(SEED, 5_000, edges, inputs -> new Names(name(inputs), name(inputs)),
                names -> escaped(names.vendor()) + " / " + escaped(names.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void isTheSlugOfVendorAndName(Names names) {
        assertThat(PlanMapper.customId(names.vendor(), names.name())).isEqualTo(slug(names.vendor(), names.name()));
    }

    @Test
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

    /** Quoted, with characters outside printable ASCII as escapes: a case's name goes into XML reports and consoles. */
    private static String escaped(String text) {
        var escaped = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            escaped.append(c >= ' ' && c < 0x7f && c != '"' && c != '\\' ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return escaped.append('"').toString();
    }
}
