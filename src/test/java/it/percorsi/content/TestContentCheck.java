package it.percorsi.content;

import it.percorsi.base.content.ContentProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for the path and questionnaire checks other modules plug in through ServiceLoader:
 * each line of plugin/steps.txt names a guide, and an unknown one is a problem on that line.
 * Silent when the file is absent (as in the shipped content/).
 */
public class TestContentCheck implements ContentCheck {

    @Override
    public String name() {
        return "test-steps";
    }

    @Override
    public List<ContentProblem> check(Path contentRoot, ContentIndex index) {
        Path file = contentRoot.resolve("plugin/steps.txt");
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(file);
            List<ContentProblem> problems = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!index.hasGuide(lines.get(i).strip())) {
                    problems.add(new ContentProblem("plugin/steps.txt", i + 1, "step names an unknown guide '"
                            + lines.get(i).strip() + "'"));
                }
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
