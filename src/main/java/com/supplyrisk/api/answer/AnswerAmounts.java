package com.supplyrisk.api.answer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.supplyrisk.catalog.Money;
import java.io.IOException;

/**
 * An answer's amounts are all in its one {@code currency}, which the answer states once: each is written as its
 * number alone ({@code "totalCost": 1762454.75}), as {@link PlainNumbers} writes numbers. Answers only: a plan's
 * prices and the catalog's keep their own currency beside the amount.
 */
public final class AnswerAmounts {

    private AnswerAmounts() {
    }

    public static SimpleModule module() {
        return new SimpleModule("answer-amounts").addSerializer(Money.class, new AmountWriter());
    }

    static void write(Money money, JsonGenerator json) throws IOException {
        PlainNumbers.write(json, money.amount());
    }

    private static final class AmountWriter extends StdSerializer<Money> {

        AmountWriter() {
            super(Money.class);
        }

        @Override
        public void serialize(Money money, JsonGenerator json, SerializerProvider provider) throws IOException {
            write(money, json);
        }
    }
}
