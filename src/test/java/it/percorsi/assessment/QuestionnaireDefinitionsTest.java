package it.percorsi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.base.content.ContentLibrary;
import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.assessment.internal.QuestionnaireVersionRepository;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A broken questionnaire file never breaks a running portal: the last valid version stays in use. */
@PercorsiTest
class QuestionnaireDefinitionsTest {

    @Autowired QuestionnaireVersionRepository versions;
    @Autowired MutableClock clock;
    @Autowired QuestionnaireDefinitions running;

    @TempDir
    Path root;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String unique() {
        return QuestionnaireFixture.VALID.replace("title: Test", "title: Test " + System.nanoTime());
    }

    @Test
    void the_running_portal_loaded_the_questionnaire_of_its_content_folder() {
        // the test profile's folder is the fixture library: its 16 questions, in the file's order
        Questionnaire file = QuestionnaireReader.read(it.percorsi.content.ContentTestData.LIBRARY, null, null)
                .questionnaire().orElseThrow();
        assertThat(running.current().questions()).hasSize(16).extracting(Questionnaire.Question::id)
                .containsExactlyElementsOf(file.questions().stream().map(Questionnaire.Question::id).toList());
        assertThat(running.current().title()).isEqualTo(file.title());
        assertThat(running.lastProblems()).isEmpty();
    }

    @Test
    void a_broken_file_keeps_the_questionnaire_in_memory_and_reports_file_and_line() {
        String valid = unique();
        QuestionnaireFixture.write(root, valid);
        QuestionnaireDefinitions definitions = new QuestionnaireDefinitions(versions, clock, ContentLibrary.of(root));
        Questionnaire loaded = definitions.current();

        QuestionnaireFixture.write(root, valid.replace("scores: {risorse: 3}", "scores: {risorse: molto}"));
        var problems = definitions.reloadFromFolder();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("assessment/questionnaire.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("not a number: 'molto'");
        });
        assertThat(definitions.current()).isSameAs(loaded);
    }

    @Test
    void after_a_restart_with_a_broken_file_the_last_valid_version_comes_from_the_database() {
        String valid = unique();
        QuestionnaireFixture.write(root, valid);
        clock.advance(Duration.ofDays(1000));
        String checksum = new QuestionnaireDefinitions(versions, clock, ContentLibrary.of(root)).current().checksum();
        assertThat(versions.findByChecksum(checksum)).isPresent();

        QuestionnaireFixture.write(root, "title: [rotto");
        QuestionnaireDefinitions restarted = new QuestionnaireDefinitions(versions, clock, ContentLibrary.of(root));
        assertThat(restarted.current().checksum()).isEqualTo(checksum);
        assertThat(restarted.lastProblems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("invalid YAML"));
    }
}
