package it.percorsi.base.content;

import java.util.Comparator;

/**
 * One problem found in a content file, reported as "file:line: message". The file is relative
 * to the content folder (e.g. guides/focus-group.md); line is 1-based, 0 when not known.
 */
public record ContentProblem(String file, int line, String message) implements Comparable<ContentProblem> {

    private static final Comparator<ContentProblem> ORDER = Comparator.comparing(ContentProblem::file)
            .thenComparingInt(ContentProblem::line).thenComparing(ContentProblem::message);

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(ContentProblem o) {
        return ORDER.compare(this, o);
    }
}
