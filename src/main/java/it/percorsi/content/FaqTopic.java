package it.percorsi.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The topic of a FAQ. Written in the files in lower case (the {@link #code()}). */
public enum FaqTopic {
    METODO, PRIVACY, ANALISI, ORGANIZZAZIONE, PORTALE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FaqTopic> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }

    /** The codes, for messages: "a | b | c". */
    public static String codes() {
        return String.join(" | ", Arrays.stream(values()).map(FaqTopic::code).toList());
    }
}
