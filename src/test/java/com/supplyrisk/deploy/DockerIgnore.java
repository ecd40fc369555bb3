package com.supplyrisk.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code .dockerignore} rules as Docker applies them: in order, the last rule that matches a path or
 * one of its parent folders decides, and a rule starting with {@code !} lets the path back in.
 */
record DockerIgnore(List<String> rules) {

    static DockerIgnore read() {
        try {
            return new DockerIgnore(Files.readAllLines(Path.of(".dockerignore")).stream()
                    .map(String::strip).filter(rule -> !rule.isEmpty() && !rule.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the build context leaves out {@code path} (relative to the project, with {@code /}). */
    boolean excludes(String path) {
        boolean excluded = false;
        for (String rule : rules) {
            boolean keep = rule.startsWith("!");
            String glob = (keep ? rule.substring(1) : rule).replaceAll("^/+|/+$", "");
            if (matchesOrParentMatches(glob, path)) {
                excluded = !keep;
            }
        }
        return excluded;
    }

    private static boolean matchesOrParentMatches(String glob, String path) {
        Pattern pattern = Pattern.compile(toRegex(glob));
        String prefix = path.replaceAll("/+$", "");
        while (!prefix.isEmpty()) {
            if (pattern.matcher(prefix).matches()) {
                return true;
            }
            int slash = prefix.lastIndexOf('/');
            prefix = slash < 0 ? "" : prefix.substring(0, slash);
        }
        return false;
    }

    private static String toRegex(String glob) {
        var regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
