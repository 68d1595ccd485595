package it.percorsi.content;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.content.internal.ContentReader;
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
