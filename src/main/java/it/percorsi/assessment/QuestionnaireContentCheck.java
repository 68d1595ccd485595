package it.percorsi.assessment;

import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.ContentCheck;
import it.percorsi.content.ContentIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Plugs the questionnaire check into the content validator and start-up import (listed in
 * META-INF/services/it.percorsi.content.ContentCheck). Silent for a content folder without an
 * assessment/ folder, so partial folders (test fixtures, a guide-only export) stay valid.
 */
public class QuestionnaireContentCheck implements ContentCheck {

    @Override
    public String name() {
        return "questionnaire";
    }

    @Override
    public List<ContentProblem> check(Path contentRoot, ContentIndex index) {
        if (!Files.isDirectory(contentRoot.resolve("assessment"))) {
            return List.of();
        }
        return new QuestionnaireValidator().validate(contentRoot, index.guideSlugs(), index.toolSlugs());
    }

    @Override
    public List<ContentProblem> warnings(Path contentRoot, ContentIndex index) {
        if (!Files.isDirectory(contentRoot.resolve("assessment"))) {
            return List.of();
        }
        return new QuestionnaireValidator().warnings(contentRoot, index.guideSlugs(), index.toolSlugs());
    }
}
