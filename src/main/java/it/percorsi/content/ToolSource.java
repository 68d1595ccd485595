package it.percorsi.content;

/** The current markdown of a tool, for modules that turn it into another format (e.g. a Word document). */
public record ToolSource(String slug, String title, String summary, ToolKind kind, String markdown) {
}
