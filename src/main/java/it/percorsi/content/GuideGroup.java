package it.percorsi.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The topic or phase a guide belongs to, in the order the library shows them. Written in the files in lower case (the {@link #code()}). */
public enum GuideGroup {
    ORIENTARSI, PROGETTARE, METODI, ANALIZZARE, COPROGETTARE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GuideGroup> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }

    /** The codes, for messages: "a | b | c". */
    public static String codes() {
        return String.join(" | ", Arrays.stream(values()).map(GuideGroup::code).toList());
    }
}
