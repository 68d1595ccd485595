package it.percorsi.assessment;

import it.percorsi.base.content.ContentProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Checks content/assessment/questionnaire.yaml of a content folder: YAML syntax, required
 * fields, identifiers, weights, references between questions, options, dimensions and facets,
 * and the guides and tools a section links to. Plain class, no Spring, for the content validator.
 */
public class QuestionnaireValidator {

    public List<ContentProblem> validate(Path contentRoot, Set<String> guideSlugs, Set<String> toolSlugs) {
        return QuestionnaireReader.read(contentRoot, guideSlugs, toolSlugs).problems().stream().sorted().toList();
    }

    /** Missing English translations, each a warning with file and line: the questionnaire still loads. */
    public List<ContentProblem> warnings(Path contentRoot, Set<String> guideSlugs, Set<String> toolSlugs) {
        return QuestionnaireReader.read(contentRoot, guideSlugs, toolSlugs).warnings();
    }
}
