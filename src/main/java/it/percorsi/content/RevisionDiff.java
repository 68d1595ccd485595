package it.percorsi.content;

import java.util.List;

/**
 * The line changes between two revisions of a document, compared as the files they would be in
 * content/ (front matter and body), so a changed title or tag shows as well as a changed paragraph.
 *
 * @param lines every line of both texts in order: unchanged, removed (only in {@code from}) or
 *              added (only in {@code to})
 */
public record RevisionDiff(RevisionInfo from, RevisionInfo to, List<Line> lines) {

    public RevisionDiff {
        lines = List.copyOf(lines);
    }

    public enum Change { UNCHANGED, REMOVED, ADDED }

    /**
     * One line.
     *
     * @param oldNumber its 1-based line in {@code from}, null for an added line
     * @param newNumber its 1-based line in {@code to}, null for a removed line
     */
    public record Line(Change change, Integer oldNumber, Integer newNumber, String text) {
    }

    public long added() {
        return lines.stream().filter(l -> l.change() == Change.ADDED).count();
    }

    public long removed() {
        return lines.stream().filter(l -> l.change() == Change.REMOVED).count();
    }
}
