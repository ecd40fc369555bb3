package com.supplyrisk.assessment;

import com.supplyrisk.catalog.Evidence;
import java.time.LocalDate;

/**
 * What an answer shows of a supply data's volume estimate its options cite, listed once per answer under its id.
 *
 * @param units      what the route supplies (a year's output or quota, or a cloud's capacity at once)
 * @param buyerShare the share of it one buyer can hope to get: P(volume) = exp(-quantity / (buyerShare x units))
 */
public record CitedSupplyVolume(double units, double buyerShare, LocalDate asOf, Evidence evidence, String source) {
}
