package it.percorsi.content;

import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.ui.MarkdownEditor;
import it.percorsi.content.internal.ContentImporter;
import it.percorsi.content.ui.ContentEditorView;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The guide library's XSS corpus typed into the editor: neither the live preview nor the page
 * readers get once the draft is published may contain anything that runs script.
 */
@PercorsiTest
@ViewPackages(classes = ContentEditorView.class)
class AuthoringXssTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired ContentImporter importer;
    @Autowired AuthoringService authoring;
    @Autowired GuideService guides;
    @TempDir Path root;
    String slug;

    @BeforeEach
    void aGuide() {
        slug = ContentTestData.uniqueSlug("xss");
        write(root, "guides/" + slug + ".md", ContentTestData.guide(slug, "Guida ostile", "base", "Testo."));
        importer.importFrom(root);
        TestUsers.loginAs(context, TestUsers.TRAINER);
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        ContentTestData.delete(context, ContentKind.GUIDE, slug);
    }

    @Test
    void no_payload_runs_script_in_the_editor_preview() {
        UI.getCurrent().navigate(ContentRoutes.edit(ContentKind.GUIDE, slug));
        MarkdownEditor editor = $(MarkdownEditor.class).first();
        TextArea source = $(TextArea.class).id("md-source");
        List<Arguments> payloads = XssCorpusTest.payloads().toList();
        for (Arguments payload : payloads) {
            String markdown = (String) payload.get()[1];
            test(source).setValue(markdown);
            XssCorpusTest.assertSafe(editor.previewHtml());
            String inPage = editor.getElement().getChildren()
                    .flatMap(e -> e.getChildren()).flatMap(e -> e.getChildren())
                    .filter(e -> "md-preview".equals(e.getAttribute("id")))
                    .findFirst().orElseThrow().getProperty("innerHTML");
            assertThat(inPage).as(payload.get()[0].toString()).isEqualTo(editor.previewHtml());
        }
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void no_payload_runs_script_on_the_published_page() {
        for (Arguments payload : XssCorpusTest.payloads().toList()) {
            String markdown = "Prima riga sicura.\n\n" + payload.get()[1];
            DraftInfo draft = authoring.open(ContentKind.GUIDE, slug);
            draft = authoring.save(draft.id(), draft.version(), draft.content().withBody(markdown));
            draft = authoring.submit(draft.id(), draft.version());
            authoring.publish(draft.id(), draft.version());
            TestUsers.loginAs(context, TestUsers.REFERENT);
            String html = guides.guide(slug).orElseThrow().html();
            assertThat(html).as(payload.get()[0].toString()).contains("Prima riga sicura.");
            XssCorpusTest.assertSafe(html);
            TestUsers.loginAs(context, TestUsers.TRAINER);
        }
    }
}
