package com.supplyrisk.supply;

import com.supplyrisk.catalog.Evidence;
import java.time.LocalDate;

/** The months a route expects from order to delivery, as estimated on a day. */
public record LeadTime(String id, SupplyMatch match, LocalDate asOf, double months, Evidence evidence, String source)
        implements Dated {

    public LeadTime {
        Dated.require(id, match, asOf, evidence, source);
        if (!(months >= 0) || !Double.isFinite(months)) {
            throw new IllegalArgumentException("months must be a number of at least 0");
        }
    }
}
