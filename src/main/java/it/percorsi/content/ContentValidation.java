package it.percorsi.content;

import it.percorsi.base.content.ContentProblem;
import java.util.List;

/**
 * The outcome of validating a content folder: every problem (sorted by file and line), the
 * slugs found, how much was checked, for the summary line, and the warnings (missing English
 * translations), which do not make the validation fail.
 */
public record ContentValidation(List<ContentProblem> problems, ContentIndex index, int files, List<String> checks,
                                List<ContentProblem> warnings) {

    public ContentValidation {
        problems = problems.stream().sorted().toList();
        checks = List.copyOf(checks);
        warnings = warnings.stream().sorted().toList();
    }

    public ContentValidation(List<ContentProblem> problems, ContentIndex index, int files, List<String> checks) {
        this(problems, index, files, checks, List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public String summary() {
        if (!ok()) {
            return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the content folder";
        }
        return "Content OK: " + index.guideSlugs().size() + " guides, " + index.toolSlugs().size() + " tools, "
                + index.faqSlugs().size() + " FAQs in " + files + " files"
                + (checks.isEmpty() ? "" : "; also checked: " + String.join(", ", checks))
                + (warnings.isEmpty() ? "" : "; " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"));
    }
}
