package it.percorsi.base.content;

import java.util.Comparator;

/**
 * One problem found in a content file, reported as "file:line: message". The file is relative
 * to the content folder (e.g. guides/focus-group.md); line is 1-based, 0 when not known.
 * An {@link Severity#ERROR} keeps the file from loading; a {@link Severity#WARNING} (e.g. a
 * missing English translation) is reported the same way, as "file:line: warning: message",
 * and the file still loads.
 */
public record ContentProblem(String file, int line, String message, Severity severity)
        implements Comparable<ContentProblem> {

    public enum Severity { ERROR, WARNING }

    private static final Comparator<ContentProblem> ORDER = Comparator.comparing(ContentProblem::file)
            .thenComparingInt(ContentProblem::line).thenComparing(ContentProblem::message);

    /** An error: the file (or the definition it belongs to) does not load. */
    public ContentProblem(String file, int line, String message) {
        this(file, line, message, Severity.ERROR);
    }

    public static ContentProblem warning(String file, int line, String message) {
        return new ContentProblem(file, line, message, Severity.WARNING);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (isWarning() ? "warning: " : "") + message;
    }

    @Override
    public int compareTo(ContentProblem o) {
        return ORDER.compare(this, o);
    }
}
