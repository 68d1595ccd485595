package it.percorsi.content.internal;

import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.ContentCheck;
import it.percorsi.content.ContentIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Runs the checks other modules contribute through {@link ServiceLoader}. A check that throws
 * is itself reported as a problem, so one faulty check never hides the others.
 */
public final class ContentChecks {

    private ContentChecks() {
    }

    /** The contributed checks visible to this class loader, in a stable order. */
    public static List<ContentCheck> discover() {
        List<ContentCheck> checks = new ArrayList<>();
        ServiceLoader.load(ContentCheck.class, ContentChecks.class.getClassLoader()).forEach(checks::add);
        checks.sort(java.util.Comparator.comparing(c -> c.getClass().getName()));
        return checks;
    }

    public static List<ContentProblem> run(List<ContentCheck> checks, Path root, ContentIndex index) {
        List<ContentProblem> problems = new ArrayList<>();
        for (ContentCheck check : checks) {
            try {
                problems.addAll(check.check(root, index));
            } catch (RuntimeException e) {
                problems.add(new ContentProblem(".", 0, "check " + check.name() + " failed: " + e));
            }
        }
        return problems;
    }

    /** The warnings of every check; a check that throws is already reported by {@link #run}. */
    public static List<ContentProblem> warnings(List<ContentCheck> checks, Path root, ContentIndex index) {
        List<ContentProblem> warnings = new ArrayList<>();
        for (ContentCheck check : checks) {
            try {
                warnings.addAll(check.warnings(root, index));
            } catch (RuntimeException e) {
                // reported as a problem by run()
            }
        }
        return warnings;
    }
}
