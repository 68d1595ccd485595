package it.percorsi.base.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The kernel's front-matter reader: file lines for fields, body and every problem. */
class FrontMatterTest {

    private static FrontMatter read(String text) {
        return FrontMatter.read("guides/prova.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fields_and_body_carry_the_lines_of_the_markdown_file() {
        FrontMatter fm = read("---\nslug: prova\ntitle: Una prova\n---\n# Titolo\n\nTesto\n");
        assertThat(fm.problems()).isEmpty();
        assertThat(fm.wasRead()).isTrue();
        assertThat(fm.fields()).containsOnlyKeys("slug", "title");
        assertThat(fm.yaml().lineOf(fm.fields().get("title"))).isEqualTo(3);
        assertThat(fm.bodyStartLine()).isEqualTo(5);
        assertThat(fm.body()).startsWith("# Titolo");
    }

    @Test
    void a_duplicate_field_is_reported_at_its_own_line_and_the_first_value_kept() {
        FrontMatter fm = read("---\nslug: prova\ntitle: Uno\ntitle: Due\n---\nTesto\n");
        assertThat(fm.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("guides/prova.md");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("duplicate field 'title'");
        });
    }

    @Test
    void a_yaml_error_is_reported_inside_the_front_matter_with_a_hint() {
        FrontMatter fm = read("---\nslug: prova\ntitle: [non chiusa\n---\nTesto\n");
        assertThat(fm.wasRead()).isFalse();
        assertThat(fm.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isBetween(3, 4);
            assertThat(p.message()).startsWith("invalid YAML in the front matter").contains("quotes");
        });
    }

    @Test
    void bytes_that_are_not_utf8_are_reported_at_their_line() {
        byte[] latin1 = "---\nslug: prova\ntitle: Perch\u00e9\n---\nTesto\n".getBytes(StandardCharsets.ISO_8859_1);
        FrontMatter fm = FrontMatter.read("guides/prova.md", latin1);
        assertThat(fm.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("not valid UTF-8");
        });
    }
}
