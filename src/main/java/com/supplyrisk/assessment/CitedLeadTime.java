package com.supplyrisk.assessment;

import com.supplyrisk.catalog.Evidence;
import java.time.LocalDate;

/** What an answer shows of a supply data's lead time its options cite, listed once per answer under its id. */
public record CitedLeadTime(double months, LocalDate asOf, Evidence evidence, String source) {
}
