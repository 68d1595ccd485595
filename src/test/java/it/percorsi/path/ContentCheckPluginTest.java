package it.percorsi.path;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.ContentValidation;
import it.percorsi.content.ValidateContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questionnaire and path checks run inside the content validator, found by ServiceLoader. */
class ContentCheckPluginTest {

    @TempDir
    Path copy;

    @Test
    void the_content_validator_runs_the_questionnaire_and_path_checks_on_the_shipped_content() {
        ContentValidation result = ValidateContent.validate(Path.of("content"));
        assertThat(result.checks()).contains("questionnaire", "paths");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void a_broken_path_file_and_a_step_linking_a_missing_guide_are_reported_by_the_content_validator() throws IOException {
        copyFixtureLibrary();
        Path optional = copy.resolve("paths/passi-aggiuntivi.yaml");
        String text = Files.readString(optional).replace("guides: [utente-in-incognito]", "guides: [utente-incognito]");
        Files.writeString(optional, text);
        Path questionnaire = copy.resolve("assessment/questionnaire.yaml");
        Files.writeString(questionnaire, Files.readString(questionnaire).replace("scores: {risorse: 4}}", "scores: {risorse: quattro}}"));

        ContentValidation result = ValidateContent.validate(copy);
        assertThat(result.problems()).extracting(ContentProblem::file)
                .containsExactly("assessment/questionnaire.yaml", "paths/passi-aggiuntivi.yaml", "paths/passi-aggiuntivi.yaml",
                        "paths/valutare-con-i-cittadini.yaml");
        // without a valid questionnaire the ranges of the fixture's rules cannot be checked, and the validator says so
        assertThat(result.problems().subList(2, 4)).extracting(ContentProblem::message).allSatisfy(m -> assertThat(m)
                .contains("a range for").endsWith("needs the questionnaire's values"));
        assertThat(result.problems().get(1).line()).isEqualTo(lineOf(text, "utente-incognito"));
        assertThat(result.problems().get(1).message()).isEqualTo(
                "step 'osservatori-in-incognito' guides: unknown guide 'utente-incognito' (no guides/utente-incognito.md)");
    }

    private static int lineOf(String text, String needle) {
        return it.percorsi.assessment.QuestionnaireFixture.lineOf(text, needle);
    }

    /** A copy of the fixture library (never the shipped one: its wording is the trainers' to change). */
    private void copyFixtureLibrary() throws IOException {
        Path source = it.percorsi.content.ContentTestData.LIBRARY;
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
