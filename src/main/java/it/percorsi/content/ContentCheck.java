package it.percorsi.content;

import it.percorsi.base.content.ContentProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * A check of part of the content folder contributed by another module (the questionnaire, the
 * path templates...). The validation command and the start-up import run every implementation
 * they find with {@link java.util.ServiceLoader}, so a module plugs in by listing its class in
 * {@code META-INF/services/it.percorsi.content.ContentCheck} and the content module never
 * depends on it.
 *
 * <p>Implementations need a public no-argument constructor, must not need Spring, and report
 * every problem they find (never throw for bad content): the file relative to the content root
 * with forward slashes (e.g. {@code paths/primo-percorso.yaml}) and a 1-based line.
 */
public interface ContentCheck {

    /** A short name for messages and the summary line, e.g. "paths". */
    default String name() {
        return getClass().getSimpleName();
    }

    List<ContentProblem> check(Path contentRoot, ContentIndex index);

    /**
     * Warnings that do not keep the content from loading, such as a missing English translation
     * ({@link ContentProblem#warning}); reported with file and line like the problems.
     */
    default List<ContentProblem> warnings(Path contentRoot, ContentIndex index) {
        return List.of();
    }
}
