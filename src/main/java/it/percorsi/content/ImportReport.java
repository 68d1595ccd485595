package it.percorsi.content;

import it.percorsi.base.content.ContentProblem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of one import of the content folder: how many documents were created, updated,
 * left as they were, or kept because a newer portal revision exists; how many files were skipped
 * as invalid; every problem found (the same lines the validation command prints); and the
 * warnings (missing English translations) of files imported all the same.
 */
public record ImportReport(Path folder, Instant finishedAt, int created, int updated, int unchanged,
                           int keptPortal, int skippedFiles, List<ContentProblem> problems,
                           List<ContentProblem> warnings) {

    public ImportReport {
        problems = problems.stream().sorted().toList();
        warnings = warnings.stream().sorted().toList();
    }

    public ImportReport(Path folder, Instant finishedAt, int created, int updated, int unchanged, int keptPortal,
                        int skippedFiles, List<ContentProblem> problems) {
        this(folder, finishedAt, created, updated, unchanged, keptPortal, skippedFiles, problems, List.of());
    }

    public static ImportReport none(Path folder) {
        return new ImportReport(folder, null, 0, 0, 0, 0, 0, List.of());
    }

    public String summary() {
        return "Content import from " + folder + ": " + created + " created, " + updated + " updated, " + unchanged
                + " unchanged, " + keptPortal + " kept (newer portal revision), " + skippedFiles
                + " files skipped, " + problems.size() + " problems"
                + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warnings");
    }
}
