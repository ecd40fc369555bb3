package com.supplyrisk.exchangerates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Dated exchange-rate tables; the table in force on a day is the latest one dated on or before it. */
public final class FxRates {

    private final String version;
    private final List<FxTable> tables;

    public FxRates(String version, List<FxTable> tables) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version must not be blank");
        }
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("at least one table is needed");
        }
        this.version = version;
        this.tables = tables.stream().sorted(Comparator.comparing(FxTable::date)).toList();
        for (int i = 1; i < this.tables.size(); i++) {
            if (this.tables.get(i).date().equals(this.tables.get(i - 1).date())) {
                throw new IllegalArgumentException("two tables are dated " + this.tables.get(i).date());
            }
        }
    }

    public String version() {
        return version;
    }

    public List<FxTable> tables() {
        return tables;
    }

    public LocalDate firstDate() {
        return tables.get(0).date();
    }

    public Optional<FxTable> tableOn(LocalDate date) {
        FxTable inForce = null;
        for (FxTable table : tables) {
            if (table.date().isAfter(date)) {
                break;
            }
            inForce = table;
        }
        return Optional.ofNullable(inForce);
    }
}
