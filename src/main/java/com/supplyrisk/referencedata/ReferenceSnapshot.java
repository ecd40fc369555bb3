package com.supplyrisk.referencedata;

import com.supplyrisk.catalog.AcceleratorCatalog;
import com.supplyrisk.exchangerates.FxRates;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.supply.SupplyData;

/** One version of the four data files, checked against each other: what a request reads from start to end. */
public record ReferenceSnapshot(PolicyTimeline policy, AcceleratorCatalog catalog, FxRates fxRates, SupplyData supply) {
}
