package it.percorsi.content;

import it.percorsi.base.content.ContentProblem;
import java.util.List;

/**
 * The outcome of validating a content folder: every problem (sorted by file and line), the
 * slugs found, and how much was checked, for the summary line.
 */
public record ContentValidation(List<ContentProblem> problems, ContentIndex index, int files, List<String> checks) {

    public ContentValidation {
        problems = problems.stream().sorted().toList();
        checks = List.copyOf(checks);
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
                + (checks.isEmpty() ? "" : "; also checked: " + String.join(", ", checks));
    }
}
