package it.percorsi.content.e2e;

import it.percorsi.TestUsers;
import it.percorsi.content.AuthoringService;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.DraftContent;
import it.percorsi.content.DraftInfo;
import it.percorsi.content.GuideGroup;
import it.percorsi.content.GuideLevel;
import it.percorsi.e2e.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Preview latency in Chromium for a 50 KB guide: from the last keystroke to the preview DOM
 * showing the typed text (debounce, round trip, server render, DOM update). Prints figures only.
 * Opt-in: {@code -Dpercorsi.benchmark=true -Dpercorsi.e2e.required=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "percorsi.benchmark", matches = "true")
class AuthoringPreviewBrowserBenchmarkTest extends BrowserTest {

    @Autowired ApplicationContext context;
    @Autowired AuthoringService authoring;

    @Test
    void keystroke_pause_to_updated_preview_for_a_50_kb_guide() throws Exception {
        String slug = ContentTestData.uniqueSlug("bench-browser");
        String body = fiftyKilobytes();
        TestUsers.loginAs(context, TestUsers.TRAINER);
        DraftInfo d = authoring.create(ContentKind.GUIDE, slug, new DraftContent("Guida lunga", "Riassunto.", null, null,
                GuideLevel.BASE, GuideGroup.METODI, null, null, List.of(), List.of(), List.of(), body));
        d = authoring.submit(d.id(), d.version());
        authoring.publish(d.id(), d.version());
        TestUsers.logout();

        login(TestUsers.TRAINER, TestUsers.PASSWORD);
        open("contenuti/modifica/guide/" + slug);
        WebElement textarea = waitFor(By.cssSelector("#md-source textarea"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("""
                window.__lastKey = 0; window.__previewAt = 0; window.__marker = '';
                const ta = document.querySelector('#md-source textarea');
                ta.addEventListener('keyup', () => { window.__lastKey = performance.now(); window.__previewAt = 0; });
                const preview = document.querySelector('#md-preview');
                new MutationObserver(() => {
                  if (window.__marker && !window.__previewAt && preview.innerHTML.includes(window.__marker))
                    window.__previewAt = performance.now();
                }).observe(preview, {childList: true, subtree: true, characterData: true});""");
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String marker = "zq" + (1000 + i);
            js.executeScript("window.__marker = arguments[0]; const ta = arguments[1]; ta.focus();"
                    + " ta.setSelectionRange(ta.value.length, ta.value.length);", marker, textarea);
            textarea.sendKeys(" " + marker);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d2 -> ((Number) js.executeScript(
                    "return window.__previewAt;")).doubleValue() > 0);
            double ms = ((Number) js.executeScript("return window.__previewAt - window.__lastKey;")).doubleValue();
            if (i >= 2) {
                latencies.add(ms);
            }
        }
        Collections.sort(latencies);
        int chars = ((Number) js.executeScript("return arguments[0].value.length;", textarea)).intValue();
        System.out.printf("AUTHORING-BENCH-BROWSER guide of %d characters (~50 KB), %d runs: keystroke pause to"
                        + " updated preview DOM median %.0f ms, max %.0f ms (includes the %d ms debounce)%n", chars,
                latencies.size(), latencies.get(latencies.size() / 2), latencies.getLast(),
                it.percorsi.base.ui.MarkdownEditor.DEBOUNCE_MS);
    }

    static String fiftyKilobytes() throws Exception {
        StringBuilder body = new StringBuilder();
        try (var files = Files.list(Path.of("content/guides"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                body.append(text.substring(text.indexOf("\n---", 3) + 4).strip()).append("\n\n");
                if (body.length() >= 50 * 1024) {
                    break;
                }
            }
        }
        return body.substring(0, Math.min(body.length(), 50 * 1024));
    }
}
