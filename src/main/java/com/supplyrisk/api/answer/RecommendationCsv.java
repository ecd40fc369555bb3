package com.supplyrisk.api.answer;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.recommendation.Mix;
import com.supplyrisk.recommendation.Quantity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A recommendation as a spreadsheet: a header row, then one RFC 4180 row per option of the recommended mix, in plan
 * order, each repeating the mix's own figures so that any row can be read alone.
 */
public final class RecommendationCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader("id", "accelerator", "channel", "supplier",
            "quantity", "feasible", "probabilityOfTarget", "expectedCost", "worstCaseCost", "currency").get();

    private RecommendationCsv() {
    }

    /** @param assessment the plan's assessment, which names each option's accelerator, channel and supplier */
    public static String of(RecommendationAnswer answer, Assessment assessment) {
        Map<String, OptionAssessment> options = assessment.options().stream()
                .collect(Collectors.toMap(OptionAssessment::id, Function.identity()));
        Mix mix = answer.recommendation();
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, FORMAT)) {
            for (Quantity quantity : mix.quantities()) {
                OptionAssessment option = options.get(quantity.optionId());
                printer.printRecord(quantity.optionId(), option.accelerator(), option.channel(), option.supplier(), quantity.quantity(),
                        answer.feasible(), PlainNumbers.format(mix.probabilityOfTarget()),
                        PlainNumbers.format(mix.expectedCost().amount()), PlainNumbers.format(mix.worstCaseCost().amount()),
                        answer.currency());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
