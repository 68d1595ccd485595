package it.percorsi.content;

import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.internal.ContentChecks;
import it.percorsi.content.internal.ContentReader;
import it.percorsi.content.internal.ContentSnapshot;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The content validation command, for trainers and CI; it starts no server and no database:
 * <pre>mvn -B -q compile exec:java -Dexec.mainClass=it.percorsi.content.ValidateContent -Dexec.args=content</pre>
 * Prints every problem as {@code file:line: message} and exits 1, or prints a one-line summary
 * and exits 0. Warnings (a missing English translation) are printed as
 * {@code file:line: warning: message} and do not change the exit code. Besides guides, tools and FAQs it runs every {@link ContentCheck} other modules
 * register (questionnaire, paths).
 */
public final class ValidateContent {

    private ValidateContent() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : System.getProperty("percorsi.content.dir", "content"));
        System.exit(run(root, System.out, System.err));
    }

    /** Validates and prints; returns the exit code. */
    public static int run(Path root, PrintStream out, PrintStream err) {
        ContentValidation result = validate(root);
        List<ContentProblem> all = new ArrayList<>(result.problems());
        all.addAll(result.warnings());
        for (ContentProblem problem : all.stream().sorted().toList()) {
            out.println(problem);
        }
        (result.ok() ? out : err).println(result.summary());
        out.flush();
        return result.ok() ? 0 : 1;
    }

    /** Every problem of the folder: markdown files plus the contributed checks. */
    public static ContentValidation validate(Path root) {
        ContentSnapshot snapshot = ContentReader.read(root);
        List<ContentProblem> problems = new ArrayList<>(snapshot.problems());
        List<ContentProblem> warnings = new ArrayList<>(snapshot.warnings());
        List<ContentCheck> checks = ContentChecks.discover();
        if (!snapshot.problems().stream().anyMatch(p -> p.file().equals("."))) {
            problems.addAll(ContentChecks.run(checks, root, snapshot.index()));
            warnings.addAll(ContentChecks.warnings(checks, root, snapshot.index()));
        }
        return new ContentValidation(problems, snapshot.index(), snapshot.filesRead(),
                checks.stream().map(ContentCheck::name).toList(), warnings);
    }
}
