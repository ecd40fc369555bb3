package com.supplyrisk.exchangerates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.supplyrisk.catalog.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dated FX tables: the one in force on a day, conversions and a request's replacement rates. */
class FxRatesTest {

    static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);
    static final LocalDate SEED_DAY = LocalDate.of(2026, 1, 26);

    static final FxTable DECEMBER = new FxTable(NEW_YEAR, "end Dec 2025", Map.of("CNY", 7.00, "EUR", 0.852));
    static final FxTable SEED = new FxTable(SEED_DAY, "seed 000", Map.of("CNY", 6.9612, "EUR", 0.852));
    static final FxTable APRIL = new FxTable(LocalDate.of(2026, 4, 1), "carried forward", Map.of("CNY", 6.95, "EUR", 0.86));

    static final FxRates RATES = new FxRates("2026-06-01", List.of(APRIL, DECEMBER, SEED));

    @Test
    void tableInForceIsTheLatestDatedOnOrBeforeTheDay() {
        assertThat(RATES.tableOn(NEW_YEAR)).contains(DECEMBER);
        assertThat(RATES.tableOn(SEED_DAY.minusDays(1))).contains(DECEMBER);
        assertThat(RATES.tableOn(SEED_DAY)).contains(SEED);
        assertThat(RATES.tableOn(LocalDate.of(2026, 3, 31))).contains(SEED);
        assertThat(RATES.tableOn(LocalDate.of(2030, 1, 1))).contains(APRIL);
    }

    @Test
    void noTableIsInForceBeforeTheFirst() {
        assertThat(RATES.tableOn(NEW_YEAR.minusDays(1))).isEmpty();
        assertThat(RATES.firstDate()).isEqualTo(NEW_YEAR);
    }

    @Test
    void tablesAreKeptInDateOrderWhateverTheInputOrder() {
        assertThat(RATES.tables()).extracting(FxTable::date)
                .containsExactly(NEW_YEAR, SEED_DAY, LocalDate.of(2026, 4, 1));
    }

    @Test
    void seedQuoteOfRmb2point3MillionIsUsd330403() {
        Money usd = SEED.convert(new Money(2_300_000, "CNY"), "USD").orElseThrow();

        assertThat(usd.currency()).isEqualTo("USD");
        assertThat(Math.round(usd.amount())).isEqualTo(330_403L);
    }

    @Test
    void conversionBetweenTwoNonDollarCurrenciesGoesThroughTheDollar() {
        Money eur = SEED.convert(new Money(6.9612, "CNY"), "EUR").orElseThrow();

        assertThat(eur.amount()).isCloseTo(0.852, within(1e-9));
    }

    @Test
    void conversionIntoTheSameCurrencyIsTheIdentity() {
        Money cny = new Money(191_700, "CNY");

        assertThat(SEED.convert(cny, "CNY")).contains(cny);
    }

    @Test
    void unknownCurrencyCannotBeConverted() {
        assertThat(SEED.convert(new Money(100, "JPY"), "USD")).isEmpty();
        assertThat(SEED.convert(new Money(100, "USD"), "JPY")).isEmpty();
    }

    @Test
    void dollarIsAlwaysInTheTableAtOne() {
        assertThat(SEED.perUsd()).containsEntry("USD", 1.0);
        assertThat(SEED.knows("USD")).isTrue();
    }

    @Test
    void requestRatesReplaceSomeRatesAndKeepTheOthers() {
        FxTable replaced = SEED.withRates(Map.of("CNY", 7.2), "request");

        assertThat(replaced.perUsd()).containsEntry("CNY", 7.2).containsEntry("EUR", 0.852).containsEntry("USD", 1.0);
        assertThat(replaced.source()).isEqualTo("request");
        assertThat(replaced.date()).isEqualTo(SEED_DAY);
        assertThat(SEED.perUsd()).containsEntry("CNY", 6.9612);
    }

    @Test
    void requestRatesMayAddACurrency() {
        FxTable replaced = SEED.withRates(Map.of("JPY", 156.5), "request");

        assertThat(replaced.perUsd()).containsEntry("JPY", 156.5).containsEntry("CNY", 6.9612);
    }

    @Test
    void noRequestRatesKeepTheTable() {
        assertThat(SEED.withRates(Map.of(), "request")).isSameAs(SEED);
    }

    @Test
    void invalidRequestRateIsRejected() {
        assertThatThrownBy(() -> SEED.withRates(Map.of("CNY", 0.0), "request")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SEED.withRates(Map.of("cny", 7.0), "request")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoTablesWithTheSameDateAreRejected() {
        FxTable sameDay = new FxTable(SEED_DAY, "another source", Map.of("CNY", 7.0, "EUR", 0.85));

        assertThatThrownBy(() -> new FxRates("v", List.of(SEED, DECEMBER, sameDay)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-01-26");
    }

    @Test
    void noTablesAreRejected() {
        assertThatThrownBy(() -> new FxRates("v", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
