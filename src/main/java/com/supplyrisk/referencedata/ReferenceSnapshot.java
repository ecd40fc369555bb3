package com.supplyrisk.referencedata;

import com.supplyrisk.catalog.AcceleratorCatalog;
import com.supplyrisk.catalog.FxRates;
import com.supplyrisk.catalog.PolicyTimeline;

/** One version of the three data files, checked against each other: what a request reads from start to end. */
public record ReferenceSnapshot(PolicyTimeline policy, AcceleratorCatalog catalog, FxRates fxRates) {
}
