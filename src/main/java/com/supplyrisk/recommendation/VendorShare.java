package com.supplyrisk.recommendation;

/** A vendor's share of the mix's expected delivered compute. */
public record VendorShare(String vendor, double share) {
}
