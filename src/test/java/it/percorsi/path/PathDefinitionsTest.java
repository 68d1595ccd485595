package it.percorsi.path;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.base.content.ContentLibrary;
import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.assessment.QuestionnaireDefinitions;
import it.percorsi.path.internal.PathLibraryVersionRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Broken path files never break a running portal: the last valid library stays in use. */
@PercorsiTest
class PathDefinitionsTest {

    @Autowired PathLibraryVersionRepository versions;
    /** The rules are checked against the facets of the questionnaire in use (the fixture library's). */
    @Autowired QuestionnaireDefinitions questionnaire;
    @Autowired MutableClock clock;
    @Autowired PathDefinitions running;

    @TempDir
    Path root;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(root.resolve("paths"));
        Files.writeString(root.resolve("paths/" + name + ".yaml"), text);
    }

    private String uniqueBase() {
        return PathValidatorTest.BASE.replace("title: Percorso base", "title: Percorso base " + System.nanoTime());
    }

    @Test
    void the_running_portal_loaded_the_library_of_its_content_folder() {
        // the test profile's folder is the fixture library: its two templates, highest priority first
        assertThat(running.current().templates()).extracting(PathTemplate::id)
                .containsExactly("valutare-con-i-cittadini", "primo-ascolto-sportello");
        assertThat(running.current().step("tempi-allo-sportello")).isPresent();
        assertThat(running.lastProblems()).isEmpty();
    }

    @Test
    void a_broken_file_keeps_the_library_in_memory_and_reports_file_and_line() throws IOException {
        write("base", uniqueBase());
        PathDefinitions definitions = new PathDefinitions(versions, questionnaire, clock, ContentLibrary.of(root));
        PathLibrary loaded = definitions.current();

        write("base", "id: base\ntype: template\nwhen: {esperienza: [NONE]}\n");
        var problems = definitions.reloadFromFolder();
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("paths/base.yaml"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("template when: unknown facet 'esperienza'");
        });
        assertThat(definitions.current()).isSameAs(loaded);
    }

    @Test
    void after_a_restart_with_broken_files_the_last_valid_library_comes_from_the_database() throws IOException {
        write("base", uniqueBase());
        clock.advance(Duration.ofDays(1000));
        String checksum = new PathDefinitions(versions, questionnaire, clock, ContentLibrary.of(root)).current().checksum();

        write("base", "steps: [rotto");
        PathDefinitions restarted = new PathDefinitions(versions, questionnaire, clock, ContentLibrary.of(root));
        assertThat(restarted.current().checksum()).isEqualTo(checksum);
        assertThat(restarted.current().templates()).extracting(PathTemplate::id).containsExactly("base");
    }
}
