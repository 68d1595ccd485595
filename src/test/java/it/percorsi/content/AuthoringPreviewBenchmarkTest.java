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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Preview latency of the editor for a 50 KB guide, on the server: from the moment the debounced
 * value reaches the server (the text area's value change) to the preview HTML set on the page
 * (render + sanitise + property update). Prints figures, asserts nothing about time. Opt-in:
 * {@code mvn -o test -Dtest=AuthoringPreviewBenchmarkTest -Dpercorsi.benchmark=true}. The browser
 * side (keystroke pause to updated preview DOM) is printed by {@code AuthoringJourneyTest} and
 * {@code AuthoringPreviewBrowserBenchmarkTest}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "percorsi.benchmark", matches = "true")
@PercorsiTest
@ViewPackages(classes = ContentEditorView.class)
class AuthoringPreviewBenchmarkTest extends SpringBrowserlessTest {

    static final int TARGET_BYTES = 50 * 1024;

    @Autowired ApplicationContext context;
    @Autowired ContentImporter importer;
    @TempDir Path root;
    String slug;

    /** A realistic 50 KB guide: the shipped guides' bodies one after another. */
    static String fiftyKilobytes() throws Exception {
        StringBuilder body = new StringBuilder();
        try (var files = Files.list(ContentTestData.SHIPPED.resolve("guides"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                body.append(text.substring(text.indexOf("\n---", 3) + 4).strip()).append("\n\n");
                if (body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= TARGET_BYTES) {
                    break;
                }
            }
        }
        byte[] bytes = body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new String(bytes, 0, Math.min(bytes.length, TARGET_BYTES), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\uFFFD$", "");
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        ContentTestData.delete(context, ContentKind.GUIDE, slug);
    }

    @Test
    void preview_latency_for_a_50_kb_guide() throws Exception {
        slug = ContentTestData.uniqueSlug("bench");
        String body = fiftyKilobytes();
        write(root, "guides/" + slug + ".md", ContentTestData.guide(slug, "Guida lunga", "base", "Inizio."));
        importer.importFrom(root);
        TestUsers.loginAs(context, TestUsers.TRAINER);
        UI.getCurrent().navigate(ContentRoutes.edit(ContentKind.GUIDE, slug));
        MarkdownEditor editor = $(MarkdownEditor.class).first();
        TextArea source = $(TextArea.class).id("md-source");

        int warmup = 20;
        int runs = 60;
        long[] total = new long[runs];
        long[] render = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            String text = body + "\n\nUltima riga " + i + ".";
            long start = System.nanoTime();
            test(source).setValue(text); // what the debounced sync does: value change on the server
            long took = System.nanoTime() - start;
            assertThat(editor.previewHtml()).contains("Ultima riga " + i + ".");
            if (i >= warmup) {
                total[i - warmup] = took;
                render[i - warmup] = editor.lastRenderNanos();
            }
        }
        System.out.printf("AUTHORING-BENCH guide of %d bytes (%d characters), %d runs after %d warm-up:%n",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, body.length(), runs, warmup);
        System.out.printf("AUTHORING-BENCH value received -> preview HTML set: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                ms(total, 0.5), ms(total, 0.95), ms(total, 1.0));
        System.out.printf("AUTHORING-BENCH of which render + sanitise: median %.1f ms, p95 %.1f ms%n",
                ms(render, 0.5), ms(render, 0.95));
    }

    private static double ms(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
