package it.percorsi.content;

import java.util.List;

/**
 * An automatic summary of a revision against the one before it.
 *
 * @param fields the front-matter fields that changed, as codes ("title", "summary", "titleEn",
 *               "summaryEn", "level", "group", "toolKind", "topic", "tags", "tools", "related"), in
 *               that order; the UI names them
 * @param linesAdded lines of the body added
 * @param linesRemoved lines of the body removed
 */
public record RevisionChanges(List<String> fields, int linesAdded, int linesRemoved) {

    public RevisionChanges {
        fields = List.copyOf(fields);
    }

    /** Whether nothing at all changed (same fields, same body). */
    public boolean none() {
        return fields.isEmpty() && linesAdded == 0 && linesRemoved == 0;
    }
}
