package com.supplyrisk.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes generated request trees (maps, lists, strings, numbers, booleans, nulls) as JSON text. Written by
 * hand rather than with Jackson because the fuzzer must also send what a JSON library refuses to write:
 * bare tokens such as {@code NaN} or {@code 1e400} and a member name repeated in one object.
 */
final class JsonText {

    /** Text written as it is, for tokens no JSON library produces. */
    record Raw(String text) {
    }

    /**
     * A second member named {@code name} in the same object. It sits in the map under a key of its own,
     * because a map cannot hold one key twice.
     */
    record Repeated(String name, Object value) {
    }

    private static final String[] SPACES = {" ", "\n", "\t", "\r\n", "  "};

    private final StringBuilder out = new StringBuilder();
    private final Random spacing;

    private JsonText(Random spacing) {
        this.spacing = spacing;
    }

    /** Compact JSON. */
    static String write(Object tree) {
        return write(tree, null);
    }

    /** JSON with insignificant whitespace between tokens when {@code spacing} is given, to vary the bytes of valid plans. */
    static String write(Object tree, Random spacing) {
        var text = new JsonText(spacing);
        text.value(tree);
        return text.out.toString();
    }

    private void space() {
        if (spacing != null && spacing.nextInt(8) == 0) {
            out.append(SPACES[spacing.nextInt(SPACES.length)]);
        }
    }

    private void value(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.text());
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> object) {
            object(object);
        } else if (value instanceof List<?> array) {
            array(array);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass());
        }
    }

    private void object(Map<?, ?> object) {
        out.append('{');
        boolean first = true;
        for (var member : object.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            space();
            Object value = member.getValue();
            if (value instanceof Repeated repeated) {
                string(repeated.name());
                value = repeated.value();
            } else {
                string((String) member.getKey());
            }
            space();
            out.append(':');
            space();
            value(value);
            space();
        }
        out.append('}');
    }

    private void array(List<?> array) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            space();
            value(array.get(i));
            space();
        }
        out.append(']');
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    // Non-ASCII is sometimes escaped too: both spellings are the same JSON string. A surrogate
                    // pair is escaped whole or not at all, since half of one has no UTF-8 form.
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length();
                    if (c < 0x20 || c > 0x7e && spacing != null && spacing.nextInt(4) == 0) {
                        out.append(String.format("\\u%04x", (int) c));
                        if (pair) {
                            out.append(String.format("\\u%04x", (int) text.charAt(++i)));
                        }
                    } else {
                        out.append(c);
                        if (pair) {
                            out.append(text.charAt(++i));
                        }
                    }
                }
            }
        }
        out.append('"');
    }
}
