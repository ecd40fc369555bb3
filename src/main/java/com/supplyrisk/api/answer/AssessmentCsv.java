package com.supplyrisk.api.answer;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.Factors;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.catalog.Money;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An assessment as a spreadsheet: a header row, then one RFC 4180 row per option in request order; with an
 * {@code explain} column, the option's three explanations, when the plan asked for them.
 */
public final class AssessmentCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private static final String[] HEADER = {"id", "accelerator", "channel", "supplier", "quantity", "score", "rating", "rank",
        "compliance", "concentrationRisk", "concentrationPoints", "licensingRisk", "licensingPoints", "pricePremiumRisk",
        "pricePremiumPoints", "licensingProbability", "premium", "totalCost", "riskAdjustedCostPerPflops", "currency",
        "leadTimeMonths", "costPerPflopsHour", "riskAdjustedCostPerPflopsHour"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private static final CSVFormat EXPLAINED = CSVFormat.RFC4180.builder().setHeader(explained()).get();

    private static String[] explained() {
        String[] header = Arrays.copyOf(HEADER, HEADER.length + 1);
        header[HEADER.length] = "explain";
        return header;
    }

    private AssessmentCsv() {
    }

    private static String number(double value) {
        return PlainNumbers.format(value);
    }

    /** {@code explain}: whether the plan asked for explanations, which then fill a last column. */
    public static String of(Assessment assessment, boolean explain) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, explain ? EXPLAINED : FORMAT)) {
            for (OptionAssessment o : assessment.options()) {
                Factors f = o.factors();
                Money riskAdjusted = o.riskAdjustedCostPerPflops();
                Money perHour = o.costOfCompute().costPerPflopsHour();
                Money riskAdjustedPerHour = o.costOfCompute().riskAdjustedCostPerPflopsHour();
                var row = new ArrayList<Object>(HEADER.length + 1);
                Collections.addAll(row, o.id(), o.accelerator(), o.channel(), o.supplier(), o.quantity(), number(o.score()),
                        o.rating(), o.rank(), o.compliance(), number(f.concentration().risk()), number(f.concentration().points()),
                        number(f.licensing().risk()), number(f.licensing().points()), number(f.pricePremium().risk()),
                        number(f.pricePremium().points()), number(f.licensing().probability()), number(f.pricePremium().premium()),
                        number(o.totalCost().amount()), riskAdjusted == null ? "" : number(riskAdjusted.amount()),
                        assessment.currency(), number(o.delivery().leadTimeMonths()),
                        perHour == null ? "" : number(perHour.amount()),
                        riskAdjustedPerHour == null ? "" : number(riskAdjustedPerHour.amount()));
                if (explain) {
                    row.add(f.concentration().explanation() + " " + f.licensing().explanation() + " "
                            + f.pricePremium().explanation());
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
