package it.percorsi.content;

/** One heading of a rendered text: its id, its text and its depth (1 = section, 2 = subsection). */
public record TocEntry(String id, String text, int depth) {
}
