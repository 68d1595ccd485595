package it.percorsi.content;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.assessment.QuestionnaireReader;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.internal.ContentReader;
import it.percorsi.content.internal.DocumentSpec;
import it.percorsi.path.PathLibraryReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text without its English version ({@code title_en}, {@code text_en}...) is a warning with
 * file and line, never an error: the file still loads and the portal shows the Italian text.
 */
class EnglishTranslationWarningTest {

    static final Path SHIPPED = ShippedContentTest.CONTENT;

    @TempDir
    Path root;

    private void translatedFixture() {
        ContentFixture.translated(root);
    }

    @Test
    void a_fully_translated_folder_has_no_warning() {
        translatedFixture();
        ContentValidation result = ValidateContent.validate(root);
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void a_guide_without_english_title_gives_exactly_that_warning_and_still_loads() {
        translatedFixture();
        ContentFixture.write(root, "guides/alfa.md", ContentFixture.english(ContentFixture.GUIDE, "summary_en: A test guide."));

        ContentValidation result = ValidateContent.validate(root);
        assertThat(result.ok()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("guides/alfa.md");
            assertThat(w.line()).isEqualTo(3); // the line of "title: Guida alfa"
            assertThat(w.severity()).isEqualTo(ContentProblem.Severity.WARNING);
            assertThat(w.message()).contains("'title' has no English translation").contains("title_en");
            assertThat(w.toString()).startsWith("guides/alfa.md:3: warning: ");
        });

        DocumentSpec alfa = ContentReader.read(root).documents().stream().filter(d -> d.slug().equals("alfa"))
                .findFirst().orElseThrow();
        assertThat(alfa.title()).isEqualTo("Guida alfa");
        assertThat(alfa.titleEn()).isNull();
        assertThat(alfa.summaryEn()).isEqualTo("A test guide.");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ValidateContent.run(root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("guides/alfa.md:3: warning: 'title' has no English")
                .contains("Content OK").contains("1 warning");
    }

    @Test
    void a_faq_without_english_question_is_a_warning_on_the_question_line() {
        translatedFixture();
        ContentFixture.write(root, "faq/domanda.md", ContentFixture.FAQ);
        assertThat(ValidateContent.validate(root).warnings()).extracting(ContentProblem::toString)
                .containsExactly("faq/domanda.md:3: warning: 'question' has no English translation: add 'question_en'"
                        + " (see content/README.md)");
    }

    @Test
    void a_question_without_english_text_gives_exactly_that_warning_and_the_questionnaire_still_loads() throws IOException {
        String shipped = Files.readString(SHIPPED.resolve(QuestionnaireReader.FILE));
        String line = "        text_en: \"Which type of service do you want to improve?\"\n";
        assertThat(shipped).contains(line);
        String edited = shipped.replace(line, "");
        int textLine = lineOf(edited, "text: Quale tipo di servizio vuoi migliorare?");

        QuestionnaireReader.Result result = QuestionnaireReader.parse(edited, null, null);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questionnaire()).isPresent();
        assertThat(result.questionnaire().get().question("tipo_servizio").orElseThrow().text().hasEnglish()).isFalse();
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo(QuestionnaireReader.FILE);
            assertThat(w.line()).isEqualTo(textLine);
            assertThat(w.message()).isEqualTo("question 'tipo_servizio': 'text' has no English translation: add 'text_en'");
        });
    }

    @Test
    void a_step_without_english_title_gives_exactly_that_warning_and_the_paths_still_load() throws IOException {
        copy(SHIPPED.resolve("paths"), root.resolve("paths"));
        copy(SHIPPED.resolve("assessment"), root.resolve("assessment"));
        Path file = root.resolve("paths/consolidamento.yaml");
        String line = "    title_en: \"Using complaints as data\"\n";
        String shipped = Files.readString(file);
        assertThat(shipped).contains(line);
        Files.writeString(file, shipped.replace(line, ""));
        int titleLine = lineOf(Files.readString(file), "title: Usare i reclami come dati");

        var questionnaire = QuestionnaireReader.read(root, null, null).questionnaire().orElseThrow();
        PathLibraryReader.Result result = PathLibraryReader.read(root,
                PathLibraryReader.Catalog.of(questionnaire, null, null, null));
        assertThat(result.problems()).isEmpty();
        assertThat(result.library()).isPresent();
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("paths/consolidamento.yaml");
            assertThat(w.line()).isEqualTo(titleLine);
            assertThat(w.message()).isEqualTo("step 'reclami-come-dati': 'title' has no English translation: add 'title_en'");
        });
        // the validation command reports it through the paths check, with the same line
        ContentValidation validation = ValidateContent.validate(root);
        assertThat(validation.warnings()).extracting(ContentProblem::toString)
                .contains("paths/consolidamento.yaml:" + titleLine
                        + ": warning: step 'reclami-come-dati': 'title' has no English translation: add 'title_en'");
    }

    private static int lineOf(String text, String content) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(content)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + content);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
