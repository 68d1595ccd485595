package it.percorsi.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a tool is. Written in the files in lower case (the {@link #code()}). */
public enum ToolKind {
    QUESTIONARIO, TRACCIA, MODELLO, CHECKLIST, CALCOLO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ToolKind> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }

    /** The codes, for messages: "a | b | c". */
    public static String codes() {
        return String.join(" | ", Arrays.stream(values()).map(ToolKind::code).toList());
    }
}
