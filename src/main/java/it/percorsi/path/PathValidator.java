package it.percorsi.path;

import it.percorsi.assessment.QuestionnaireReader;
import it.percorsi.base.content.ContentProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Checks content/paths/*.yaml of a content folder. Facets and their values come from the
 * questionnaire of the same folder; when that one is broken (it reports its own problems) the
 * rules are checked for syntax only. Plain class, no Spring, for the content validator.
 */
public class PathValidator {

    public List<ContentProblem> validate(Path contentRoot, Set<String> guideSlugs, Set<String> toolSlugs) {
        return validate(contentRoot, guideSlugs, toolSlugs, null);
    }

    /** Also checks the FAQ slugs steps link to (null = not checked). */
    public List<ContentProblem> validate(Path contentRoot, Set<String> guideSlugs, Set<String> toolSlugs,
                                         Set<String> faqSlugs) {
        var questionnaire = QuestionnaireReader.read(contentRoot, null, null).questionnaire().orElse(null);
        return PathLibraryReader.read(contentRoot,
                PathLibraryReader.Catalog.of(questionnaire, guideSlugs, toolSlugs, faqSlugs)).problems();
    }
}
