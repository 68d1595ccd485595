package it.percorsi.content;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.assessment.QuestionnaireReader;
import it.percorsi.content.internal.ContentReader;
import it.percorsi.path.PathLibrary;
import it.percorsi.path.PathLibraryReader;
import it.percorsi.content.internal.ContentSnapshot;
import it.percorsi.content.internal.DocumentSpec;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The content/ folder shipped with the portal: a broken file fails the build. */
class ShippedContentTest {

    static final Path CONTENT = Path.of(System.getProperty("percorsi.content.dir", "content"));

    @Test
    void the_shipped_content_folder_has_no_problems() {
        ContentValidation result = ValidateContent.validate(CONTENT);
        assertThat(result.problems()).as(result.summary()).isEmpty();
        assertThat(result.index().guideSlugs()).hasSizeGreaterThanOrEqualTo(25);
    }

    /**
     * Every text of the library shown to referents has its English version: a new guide, tool, FAQ,
     * question, option, path template or step without one fails here (the validator only warns).
     */
    @Test
    void every_shipped_text_has_an_english_version() {
        ContentValidation result = ValidateContent.validate(CONTENT);
        assertThat(result.warnings()).as("missing English translations").isEmpty();

        ContentSnapshot snapshot = ContentReader.read(CONTENT);
        assertThat(snapshot.documents()).hasSizeGreaterThanOrEqualTo(90);
        for (DocumentSpec spec : snapshot.documents()) {
            assertThat(spec.titleEn()).as("English title of %s", spec.file()).isNotBlank().isNotEqualTo(spec.title());
            if (spec.kind() != ContentKind.FAQ) {
                assertThat(spec.summaryEn()).as("English summary of %s", spec.file()).isNotBlank();
            }
        }

        var questionnaire = QuestionnaireReader.read(CONTENT, null, null).questionnaire().orElseThrow();
        assertThat(questionnaire.title().hasEnglish()).isTrue();
        questionnaire.dimensions().forEach(d -> assertThat(d.label().hasEnglish()).as("dimension %s", d.id()).isTrue());
        questionnaire.facets().forEach(f -> {
            assertThat(f.label().hasEnglish()).as("facet %s", f.id()).isTrue();
            f.levels().forEach(l -> assertThat(l.label().hasEnglish()).as("level %s", l.value()).isTrue());
        });
        for (var section : questionnaire.sections()) {
            assertThat(section.title().hasEnglish()).as("section %s", section.id()).isTrue();
            for (var question : section.questions()) {
                assertThat(question.text().hasEnglish()).as("question %s", question.id()).isTrue();
                assertThat(question.help().isBlank() || question.help().hasEnglish()).as("help of %s", question.id())
                        .isTrue();
                question.options().forEach(o -> assertThat(o.label().hasEnglish())
                        .as("option %s of %s", o.value(), question.id()).isTrue());
            }
        }

        PathLibrary paths = PathLibraryReader.read(CONTENT, PathLibraryReader.Catalog.of(questionnaire, null, null, null))
                .library().orElseThrow();
        for (var template : paths.templates()) {
            assertThat(template.title().hasEnglish() && template.because().hasEnglish()).as("template %s", template.id())
                    .isTrue();
        }
        assertThat(paths.stepsById()).hasSizeGreaterThanOrEqualTo(40);
        paths.stepsById().values().forEach(step -> {
            assertThat(step.title().hasEnglish()).as("step %s", step.id()).isTrue();
            assertThat(step.because().isBlank() || step.because().hasEnglish()).as("because of %s", step.id()).isTrue();
            step.checks().forEach(c -> assertThat(c.text().hasEnglish()).as("check %s of %s", c.id(), step.id()).isTrue());
        });
    }

    @Test
    void every_shipped_document_renders_with_unique_heading_ids_and_safe_html() {
        ContentSnapshot snapshot = ContentReader.read(CONTENT);
        MarkdownRenderer renderer = new MarkdownRenderer();
        for (DocumentSpec spec : snapshot.documents()) {
            RenderedMarkdown out = renderer.render(spec.body(), RenderOptions.page(ContentRoutes.guide(spec.slug())));
            var ids = Jsoup.parseBodyFragment(out.html()).select("[id]").eachAttr("id");
            Set<String> unique = new HashSet<>(ids);
            assertThat(unique).as("ids of %s", spec.file()).hasSameSizeAs(ids);
            assertThat(out.html()).as(spec.file()).doesNotContain("<h1", "<h2");
            XssCorpusTest.assertSafe(out.html().replace("guide/" + spec.slug() + "#", "guide/prova#"));
        }
    }
}
