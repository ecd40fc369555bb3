package com.supplyrisk.catalog;

/** How the accelerators reach the buyer. */
public enum Channel {
    /** Authorised distribution, with whatever licences the route needs. */
    OFFICIAL,
    /** Unauthorised resale or smuggled stock: no approval is sought. */
    GREY_MARKET,
    /** Made and sold inside the buyer's country. */
    DOMESTIC,
    /** Capacity rented from a cloud: no hardware moves. */
    CLOUD_RENTAL
}
