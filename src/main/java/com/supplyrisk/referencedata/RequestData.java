package com.supplyrisk.referencedata;

import com.supplyrisk.catalog.AcceleratorCatalog;
import com.supplyrisk.exchangerates.FxRates;
import com.supplyrisk.catalog.PolicyTimeline;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The reference data of one request: the snapshot in use when the request first reads data, kept to its end, so a
 * reload in the middle never mixes two versions in one answer. Beans that inject the catalog, the policy timeline or
 * the exchange rates get the current request's.
 */
@RequestScoped
public class RequestData {

    @Inject
    ReferenceData data;

    private ReferenceSnapshot snapshot;

    @PostConstruct
    void take() {
        snapshot = data.current();
    }

    public ReferenceSnapshot snapshot() {
        return snapshot;
    }

    @Produces
    @RequestScoped
    PolicyTimeline policy() {
        return snapshot.policy();
    }

    @Produces
    @RequestScoped
    AcceleratorCatalog catalog() {
        return snapshot.catalog();
    }

    @Produces
    @RequestScoped
    FxRates fxRates() {
        return snapshot.fxRates();
    }
}
