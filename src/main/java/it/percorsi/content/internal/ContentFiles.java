package it.percorsi.content.internal;

import it.percorsi.content.ContentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a document back as a file of content/: the front matter the {@link ContentReader} accepts
 * (every field of the kind, English siblings when present, values always double-quoted so no text
 * can break the YAML) and the markdown body. Pure text, no Spring: export and diff share it.
 */
public final class ContentFiles {

    private ContentFiles() {
    }

    /** The path of the document's file inside a content folder, e.g. guides/focus-group.md. */
    public static String path(ContentKind kind, String slug) {
        return kind.folder() + "/" + slug + ".md";
    }

    /** The whole file: "---", the fields, "---", a blank line and the body. */
    public static String markdown(DocumentSpec spec) {
        StringBuilder out = new StringBuilder("---\n");
        for (String line : frontMatter(spec)) {
            out.append(line).append('\n');
        }
        out.append("---\n\n").append(spec.body().strip()).append('\n');
        return out.toString();
    }

    static List<String> frontMatter(DocumentSpec spec) {
        List<String> lines = new ArrayList<>();
        boolean faq = spec.kind() == ContentKind.FAQ;
        lines.add("slug: " + quote(spec.slug()));
        lines.add((faq ? "question: " : "title: ") + quote(spec.title()));
        if (spec.titleEn() != null) {
            lines.add((faq ? "question_en: " : "title_en: ") + quote(spec.titleEn()));
        }
        if (!faq) {
            lines.add("summary: " + quote(spec.summary()));
            if (spec.summaryEn() != null) {
                lines.add("summary_en: " + quote(spec.summaryEn()));
            }
        }
        switch (spec.kind()) {
            case GUIDE -> {
                lines.add("level: " + quote(spec.level().code()));
                lines.add("group: " + quote(spec.group().code()));
            }
            case TOOL -> lines.add("kind: " + quote(spec.toolKind().code()));
            case FAQ -> lines.add("topic: " + quote(spec.topic().code()));
        }
        lines.add("tags: " + list(spec.tags()));
        if (spec.kind() == ContentKind.GUIDE) {
            lines.add("tools: " + list(spec.tools()));
        }
        lines.add("related: " + list(spec.related()));
        return lines;
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(ContentFiles::quote).toList()) + "]";
    }

    /** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
