package com.supplyrisk.catalog;

import java.util.Objects;

/** One way of getting an accelerator: what is bought, by whom, through which channel. Rules match routes. */
public record Route(Accelerator accelerator, String buyerCountry, String buyerHeadquarters, Segment segment, Channel channel) {

    public Route {
        Objects.requireNonNull(accelerator, "accelerator");
        Objects.requireNonNull(buyerCountry, "buyerCountry");
        Objects.requireNonNull(buyerHeadquarters, "buyerHeadquarters");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(channel, "channel");
    }

    /** True when the chip is designed outside the country the buyer is located in. */
    public boolean foreignToBuyer() {
        return !accelerator.originCountry().equals(buyerCountry);
    }
}
