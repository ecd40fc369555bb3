package com.supplyrisk.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the API tests: the shipped examples, and small plans built as maps. */
public final class Plans {

    private Plans() {
    }

    public static String example(String name) {
        try {
            return Files.readString(Path.of("examples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> plan(String country, String headquarters, String segment, String asOf, List<Map<String, Object>> options) {
        var plan = new LinkedHashMap<String, Object>();
        plan.put("buyer", Map.of("country", country, "headquarters", headquarters, "segment", segment));
        plan.put("asOf", asOf);
        plan.put("options", new ArrayList<>(options));
        return plan;
    }

    public static Map<String, Object> option(String id, String accelerator, String channel, int quantity, double price, String currency) {
        var option = new LinkedHashMap<String, Object>();
        option.put("id", id);
        option.put("accelerator", accelerator);
        option.put("channel", channel);
        option.put("quantity", quantity);
        option.put("unitPrice", Map.of("amount", price, "currency", currency));
        return option;
    }
}
