package it.percorsi.content.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.TestUsers;
import it.percorsi.e2e.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A trainer opens a guide's editor, adds a paragraph, watches the preview follow, saves, submits
 * and publishes; a referent reads the new text; the trainer rolls back in the revision history; the
 * referent reads the old text again. Prints the preview latency the browser saw.
 */
class AuthoringJourneyTest extends BrowserTest {

    static final String GUIDE = "open-space-technology";
    static final String ADDED = "Paragrafo aggiunto dal portale numero 4711.";

    @AfterEach
    void clearSecurity() {
        TestUsers.logout();
    }

    @Test
    void a_trainer_edits_previews_publishes_and_rolls_back_a_guide() {
        login(TestUsers.TRAINER, TestUsers.PASSWORD);
        open("guide/" + GUIDE);
        assertThat(driver.findElement(By.id("guide-edit")).getAttribute("href"))
                .endsWith("contenuti/modifica/guide/" + GUIDE);
        open("contenuti/modifica/guide/" + GUIDE);
        WebElement textarea = waitFor(By.cssSelector("#md-source textarea"));
        assertThat(previewHtml()).contains("Harrison Owen");

        // a probe in the page: when the last key went up, when the preview first showed the new text
        js().executeScript("""
                window.__lastKey = 0; window.__previewAt = 0;
                const ta = document.querySelector('#md-source textarea');
                ta.addEventListener('keyup', () => { window.__lastKey = performance.now(); window.__previewAt = 0; });
                const preview = document.querySelector('#md-preview');
                new MutationObserver(() => {
                  if (!window.__previewAt && preview.innerHTML.includes('4711')) window.__previewAt = performance.now();
                }).observe(preview, {childList: true, subtree: true, characterData: true});""");
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();"
                + "arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length);", textarea);
        textarea.sendKeys(Keys.END);
        textarea.sendKeys("\n\n" + ADDED);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> previewHtml().contains(ADDED));
        Number latency = (Number) js().executeScript("return window.__previewAt - window.__lastKey;");
        Number length = (Number) js().executeScript("return document.querySelector('#md-source textarea').value.length;");
        System.out.printf("AUTHORING-E2E preview latency in Chromium: %.0f ms from the last keystroke to the updated"
                + " preview DOM (includes the %d ms debounce), guide of %d characters%n",
                latency.doubleValue(), it.percorsi.base.ui.MarkdownEditor.DEBOUNCE_MS, length.intValue());
        saveScreenshot("typed");
        assertThat(driver.findElement(By.id("editor-saved")).getDomProperty("textContent"))
                .isEqualTo("Modifiche non salvate");

        // the toolbar wraps the selection at the cursor: select the added sentence's number, make it bold
        js().executeScript("const ta = arguments[0]; const i = ta.value.indexOf('4711');"
                + " ta.focus(); ta.setSelectionRange(i, i + 4);", textarea);
        saveScreenshot("before-bold");
        press("md-bold");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> previewHtml().contains("<strong>4711</strong>"));

        press("editor-save");
        waitForText("editor-saved", "Bozza salvata alle");
        press("editor-submit");
        waitForText("editor-state", "In revisione");
        press("editor-publish");
        waitForText("editor-state", "Pubblicato");
        saveScreenshot("published");

        logout();
        login(TestUsers.REFERENT, TestUsers.PASSWORD);
        open("guide/" + GUIDE);
        assertThat(waitFor(By.cssSelector(".content-body")).getDomProperty("textContent")).contains(ADDED);
        assertThat(driver.findElements(By.id("guide-edit"))).isEmpty();

        logout();
        login(TestUsers.TRAINER, TestUsers.PASSWORD);
        open("contenuti/revisioni/guide/" + GUIDE);
        WebElement restore = waitFor(By.id("revisions-restore"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", restore);
        restore.click();
        WebElement first = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("vaadin-select-item")).stream().filter(i -> i.isDisplayed()
                && "Revisione 1".equals(i.getText().strip())).findFirst().orElse(null));
        first.click();
        waitForVaadin();
        press("revisions-rollback");
        press("revisions-confirm");
        waitForText("revisions-status", "Ripristinata la revisione 1");

        logout();
        login(TestUsers.REFERENT, TestUsers.PASSWORD);
        open("guide/" + GUIDE);
        String text = waitFor(By.cssSelector(".content-body")).getDomProperty("textContent");
        assertThat(text).contains("Harrison Owen").doesNotContain("4711");
    }

    /** Waits for a text in an element (its DOM text, wherever the page is scrolled). */
    private void waitForText(String id, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> String.valueOf(
                    d.findElement(By.id(id)).getDomProperty("textContent")).contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            saveScreenshot("waiting-" + id);
            throw e;
        }
    }

    private void press(String id) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForVaadin();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private String previewHtml() {
        return String.valueOf(js().executeScript("return document.querySelector('#md-preview').innerHTML;"));
    }
}
