package it.percorsi.path.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small text helpers for what the path tables store. */
public final class PathText {

    private static final String LINE = "\n";

    private PathText() {
    }

    public static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    /** Reasons are stored one per line; line breaks inside a reason become spaces. */
    public static String joinLines(List<String> lines) {
        return String.join(LINE, lines.stream().map(l -> l.replaceAll("\\s+", " ").strip()).toList());
    }

    public static List<String> lines(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.split(LINE));
    }

    public static Set<String> ids(String csv) {
        return csv == null || csv.isBlank() ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(csv.split(",")));
    }
}
