package it.percorsi.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The experience a guide assumes. Written in the files in lower case (the {@link #code()}). */
public enum GuideLevel {
    BASE, INTERMEDIO, AVANZATO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GuideLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }

    /** The codes, for messages: "a | b | c". */
    public static String codes() {
        return String.join(" | ", Arrays.stream(values()).map(GuideLevel::code).toList());
    }
}
