package it.percorsi.content;

import static it.percorsi.content.ContentFixture.GUIDE;
import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.base.content.ContentProblem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of content error: each names the file and the line of the .md file. */
class ContentValidatorTest {

    @TempDir
    Path root;

    @BeforeEach
    void validFolder() {
        ContentFixture.valid(root);
    }

    private List<ContentProblem> problems() {
        return ValidateContent.validate(root).problems();
    }

    private void assertSingleProblem(String file, int line, String messagePart) {
        List<ContentProblem> problems = problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().file()).isEqualTo(file);
        assertThat(problems.getFirst().line()).isEqualTo(line);
        assertThat(problems.getFirst().message()).contains(messagePart);
    }

    private void writeGuide(String from, String to) {
        write(root, "guides/alfa.md", GUIDE.replace(from, to));
    }

    @Test
    void the_fixture_is_valid_and_the_summary_counts_it() {
        ContentValidation result = ValidateContent.validate(root);
        assertThat(result.problems()).isEmpty();
        assertThat(result.summary()).startsWith("Content OK: 2 guides, 1 tools, 1 FAQs in 4 files")
                .contains("test-steps");
    }

    @Test
    void a_file_without_front_matter_is_reported_on_line_1() {
        write(root, "guides/alfa.md", "# Guida alfa\n\nTesto.\n");
        assertSingleProblem("guides/alfa.md", 1, "missing front matter");
    }

    @Test
    void an_unclosed_front_matter_is_reported() {
        write(root, "guides/alfa.md", "---\nslug: alfa\ntitle: Guida alfa\n# Guida alfa\n");
        assertSingleProblem("guides/alfa.md", 1, "front matter not closed");
    }

    @Test
    void bad_yaml_is_reported_on_its_line_of_the_md_file() {
        writeGuide("title: Guida alfa", "title: Guida: alfa");
        assertSingleProblem("guides/alfa.md", 3, "invalid YAML in the front matter");
    }

    @Test
    void bad_yaml_indentation_is_reported_on_its_line() {
        writeGuide("tags: [prova, ascolto]", "tags:\n  - prova\n - ascolto");
        List<ContentProblem> problems = problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().message()).contains("invalid YAML");
        assertThat(problems.getFirst().line()).isBetween(8, 9);
    }

    @Test
    void a_front_matter_that_is_not_a_mapping_is_reported() {
        write(root, "guides/alfa.md", "---\n- slug\n- alfa\n---\nTesto\n");
        assertSingleProblem("guides/alfa.md", 2, "must be a list of 'field: value' lines");
    }

    @Test
    void a_missing_slug_is_reported() {
        writeGuide("slug: alfa\n", "");
        // Links to alfa from other files are not reported: the file exists, only its field is missing.
        assertSingleProblem("guides/alfa.md", 1, "missing required field 'slug'");
    }

    @Test
    void a_missing_required_field_is_reported() {
        writeGuide("summary: Una guida di prova.\n", "");
        assertSingleProblem("guides/alfa.md", 1, "missing required field 'summary'");
    }

    @Test
    void an_empty_required_field_is_reported_on_its_line() {
        writeGuide("title: Guida alfa", "title:");
        assertSingleProblem("guides/alfa.md", 3, "missing required field 'title'");
    }

    @Test
    void an_unknown_level_is_reported_with_the_allowed_values() {
        writeGuide("level: base", "level: esperto");
        assertSingleProblem("guides/alfa.md", 5, "unknown level 'esperto': use base | intermedio | avanzato");
    }

    @Test
    void an_unknown_group_is_reported() {
        writeGuide("group: metodi", "group: metodo");
        assertSingleProblem("guides/alfa.md", 6, "unknown group 'metodo'");
    }

    @Test
    void an_unknown_tool_kind_is_reported() {
        write(root, "tools/strumento.md", ContentFixture.TOOL.replace("kind: modello", "kind: foglio"));
        assertSingleProblem("tools/strumento.md", 5, "unknown kind 'foglio': use questionario | traccia");
    }

    @Test
    void an_unknown_faq_topic_is_reported() {
        write(root, "faq/domanda.md", ContentFixture.FAQ.replace("topic: metodo", "topic: soldi"));
        assertSingleProblem("faq/domanda.md", 4, "unknown topic 'soldi'");
    }

    @Test
    void an_invalid_slug_is_reported() {
        write(root, "guides/Alfa Uno.md", GUIDE.replace("slug: alfa", "slug: Alfa Uno"));
        List<ContentProblem> problems = problems();
        assertThat(problems).contains(new ContentProblem("guides/Alfa Uno.md", 2,
                "invalid slug 'Alfa Uno': use lower-case letters, digits and single hyphens, e.g. focus-group"));
    }

    @Test
    void a_slug_that_differs_from_the_file_name_is_reported() {
        write(root, "guides/gamma.md", ContentFixture.GUIDE_BETA.replace("slug: beta", "slug: gamma-x"));
        assertSingleProblem("guides/gamma.md", 2, "slug 'gamma-x' must match the file name");
    }

    @Test
    void a_duplicate_slug_is_reported_on_the_second_file() {
        write(root, "guides/beta.md", ContentFixture.GUIDE_BETA.replace("slug: beta", "slug: alfa"));
        List<ContentProblem> problems = problems();
        assertThat(problems).contains(new ContentProblem("guides/beta.md", 2,
                "duplicate slug 'alfa': already used by guides/alfa.md"));
    }

    @Test
    void an_unknown_field_is_reported() {
        writeGuide("summary:", "summry: typo\nsummary:");
        assertSingleProblem("guides/alfa.md", 4, "unknown field 'summry'");
    }

    @Test
    void a_duplicate_field_is_reported() {
        writeGuide("level: base", "level: base\nlevel: avanzato");
        assertSingleProblem("guides/alfa.md", 6, "duplicate field 'level'");
    }

    @Test
    void a_list_field_written_as_text_is_reported() {
        writeGuide("tags: [prova, ascolto]", "tags: prova, ascolto");
        assertSingleProblem("guides/alfa.md", 7, "field 'tags' must be a list");
    }

    @Test
    void a_too_long_title_is_reported() {
        writeGuide("title: Guida alfa", "title: " + "a".repeat(ContentLimits.TITLE_MAX_LENGTH + 1));
        assertSingleProblem("guides/alfa.md", 3, "field 'title' is too long");
    }

    @Test
    void a_related_guide_that_does_not_exist_is_reported_on_its_list_line() {
        writeGuide("related: [beta]", "related:\n  - beta\n  - delta");
        assertSingleProblem("guides/alfa.md", 11, "'related' names a guide that does not exist: 'delta'");
    }

    @Test
    void a_tool_that_does_not_exist_is_reported() {
        writeGuide("tools: [strumento]", "tools: [strumento, martello]");
        assertSingleProblem("guides/alfa.md", 8, "'tools' names a tool that does not exist: 'martello'");
    }

    @Test
    void a_link_to_a_guide_that_does_not_exist_is_reported_on_its_body_line() {
        writeGuide("Vedi [beta](guide:beta)", "Vedi [beta](guide:betta)");
        assertSingleProblem("guides/alfa.md", 15, "link to a guide that does not exist: 'guide:betta'");
    }

    @Test
    void a_link_to_a_tool_that_does_not_exist_is_reported() {
        write(root, "faq/domanda.md", ContentFixture.FAQ + "\nE usa [questo](tool:martello).\n");
        assertSingleProblem("faq/domanda.md", 10, "link to a tool that does not exist: 'tool:martello'");
    }

    @Test
    void a_script_link_is_reported() {
        writeGuide("## Primo passo", "## Primo passo\n\n[clic](javascript:alert(1))");
        assertSingleProblem("guides/alfa.md", 15, "link not allowed: 'javascript:alert(1)'");
    }

    @Test
    void a_relative_link_is_reported() {
        writeGuide("Vedi [beta](guide:beta)", "Vedi [beta](beta.md)");
        assertSingleProblem("guides/alfa.md", 15, "relative link 'beta.md' is not allowed");
    }

    @Test
    void a_missing_image_is_reported() {
        writeGuide("## Primo passo", "## Primo passo\n\n![Schema](images/schema.png)");
        assertSingleProblem("guides/alfa.md", 15, "image not found: images/schema.png");
        write(root, "images/schema.png", ContentFixture.PNG);
        assertThat(problems()).isEmpty();
    }

    @Test
    void an_image_from_outside_the_images_folder_is_reported() {
        writeGuide("## Primo passo", "## Primo passo\n\n![x](https://example.org/x.png) ![y](images/../secret.png)");
        List<ContentProblem> problems = problems();
        assertThat(problems).hasSize(2).allMatch(p -> p.line() == 15 && p.message().startsWith("image not allowed"));
    }

    @Test
    void an_empty_text_is_reported() {
        write(root, "faq/domanda.md", ContentFixture.FAQ.substring(0, ContentFixture.FAQ.lastIndexOf("---") + 4));
        assertSingleProblem("faq/domanda.md", 7, "the text after the front matter is empty");
    }

    @Test
    void a_file_that_is_not_utf8_is_reported_on_the_bad_line() {
        byte[] latin1 = GUIDE.replace("Una guida di prova.", "Qualità del servizio.")
                .getBytes(StandardCharsets.ISO_8859_1);
        write(root, "guides/alfa.md", latin1);
        assertSingleProblem("guides/alfa.md", 4, "not valid UTF-8");
    }

    @Test
    void a_file_that_is_not_markdown_is_reported() {
        write(root, "guides/appunti.txt", "note");
        assertSingleProblem("guides/appunti.txt", 0, "not a markdown file");
    }

    @Test
    void a_missing_content_folder_is_reported() {
        List<ContentProblem> problems = ValidateContent.validate(root.resolve("nowhere")).problems();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("content folder not found"));
    }

    @Test
    void every_problem_is_reported_at_once_sorted_by_file_and_line() {
        writeGuide("level: base", "level: esperto");
        write(root, "tools/strumento.md", ContentFixture.TOOL.replace("related: [alfa]", "related: [zeta]"));
        write(root, "faq/domanda.md", ContentFixture.FAQ.replace("topic: metodo", "topic: soldi"));
        List<ContentProblem> problems = problems();
        assertThat(problems).extracting(ContentProblem::file, ContentProblem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("faq/domanda.md", 4),
                org.assertj.core.groups.Tuple.tuple("guides/alfa.md", 5),
                org.assertj.core.groups.Tuple.tuple("tools/strumento.md", 7));
    }

    @Test
    void checks_of_other_modules_are_discovered_and_get_the_index_of_slugs() {
        write(root, "plugin/steps.txt", "alfa\nomega\nbeta\n");
        assertSingleProblem("plugin/steps.txt", 2, "step names an unknown guide 'omega'");
    }

    @Test
    void the_command_prints_file_line_message_and_exits_1_on_problems() {
        ContentFixture.translated(root);
        write(root, "guides/alfa.md", ContentFixture.english(GUIDE.replace("level: base", "level: esperto"),
                "title_en: Alpha guide", "summary_en: A test guide."));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ValidateContent.run(root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(
                "guides/alfa.md:5: unknown level 'esperto': use base | intermedio | avanzato");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 problem in the content folder");
    }

    @Test
    void the_command_prints_one_summary_line_and_exits_0_when_valid() {
        ContentFixture.translated(root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ValidateContent.run(root, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("Content OK: 2 guides"));
    }
}
