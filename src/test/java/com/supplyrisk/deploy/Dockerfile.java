package com.supplyrisk.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level Dockerfile, read as its stages and instructions, so tests can hold it to its promises
 * without a Docker engine. Reads the subset of the syntax the file uses: comments, line continuations,
 * {@code FROM image AS name}, flags such as {@code --from} and {@code --chown}, {@code ENV key=value}
 * pairs with double quotes, and the JSON form of {@code ENTRYPOINT}.
 */
record Dockerfile(List<Stage> stages) {

    static final Path FILE = Path.of("Dockerfile");

    record Stage(String image, String name, List<Instruction> instructions) {

        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }

        int indexOf(Instruction instruction) {
            return instructions.indexOf(instruction);
        }

        /** The environment the stage's instructions set, later values winning, as the image will have it. */
        Map<String, String> environment() {
            var environment = new LinkedHashMap<String, String>();
            all("ENV").forEach(env -> environment.putAll(env.assignments()));
            return environment;
        }
    }

    record Instruction(String keyword, String arguments) {

        private static final Pattern WORD = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+)");
        private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S*))");

        /** Arguments split at blanks, quotes removed. */
        List<String> words() {
            if (arguments.startsWith("[")) {
                return Arrays.stream(arguments.substring(1, arguments.lastIndexOf(']')).split(","))
                        .map(String::strip).map(word -> word.substring(1, word.length() - 1)).toList();
            }
            var words = new ArrayList<String>();
            Matcher word = WORD.matcher(arguments);
            while (word.find()) {
                words.add(word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : word.group(3));
            }
            return words;
        }

        /** {@code --name=value} flags at the start of the arguments. */
        Optional<String> flag(String name) {
            return words().stream().takeWhile(w -> w.startsWith("--")).filter(w -> w.startsWith("--" + name + "="))
                    .map(w -> w.substring(name.length() + 3)).findFirst();
        }

        /** COPY's sources: every word after the flags but the last. */
        List<String> sources() {
            List<String> operands = words().stream().dropWhile(w -> w.startsWith("--")).toList();
            return operands.subList(0, operands.size() - 1);
        }

        /** COPY's destination. */
        String destination() {
            List<String> words = words();
            return words.get(words.size() - 1);
        }

        /** ENV's {@code key=value} pairs. */
        Map<String, String> assignments() {
            var pairs = new LinkedHashMap<String, String>();
            Matcher pair = ASSIGNMENT.matcher(arguments);
            while (pair.find()) {
                String value = pair.group(3) != null ? pair.group(3) : pair.group(4) != null ? pair.group(4) : pair.group(5);
                pairs.put(pair.group(1), value);
            }
            return pairs;
        }
    }

    static Dockerfile read() {
        try {
            return parse(Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dockerfile parse(String text) {
        var stages = new ArrayList<Stage>();
        List<Instruction> current = null;
        StringBuilder logical = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (logical.isEmpty() && (stripped.isEmpty() || stripped.startsWith("#"))) {
                continue;
            }
            if (stripped.startsWith("#")) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                logical.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            logical.append(stripped);
            String[] parts = logical.toString().strip().split("\\s+", 2);
            logical.setLength(0);
            var instruction = new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1].strip() : "");
            if (instruction.keyword().equals("FROM")) {
                List<String> words = instruction.words();
                current = new ArrayList<>();
                stages.add(new Stage(words.get(0), words.size() > 2 && words.get(1).equalsIgnoreCase("AS") ? words.get(2) : null,
                        current));
            } else if (current == null) {
                throw new IllegalStateException("Dockerfile: " + instruction.keyword() + " before the first FROM");
            }
            current.add(instruction);
        }
        return new Dockerfile(List.copyOf(stages));
    }

    Stage build() {
        return stages.get(0);
    }

    /** The last stage is the image that is shipped. */
    Stage runtime() {
        return stages.get(stages.size() - 1);
    }
}
