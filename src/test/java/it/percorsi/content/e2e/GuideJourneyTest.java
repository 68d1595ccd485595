package it.percorsi.content.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.TestUsers;
import it.percorsi.content.GuideFeedbackService;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A referent opens the library, filters it, opens a guide, jumps to a section and marks it useful. */
class GuideJourneyTest extends BrowserTest {

    @Autowired ApplicationContext context;
    @Autowired GuideFeedbackService feedback;

    @AfterEach
    void clearSecurity() {
        TestUsers.logout();
    }

    @Test
    void a_referent_filters_the_library_opens_a_guide_and_marks_it_useful() {
        login(TestUsers.REFERENT, TestUsers.PASSWORD);
        open("guide");
        waitFor(By.id("library-count"));

        // Keyboard: the first Tab reaches the skip link; Enter moves focus to the page's content and stays on the page.
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getAttribute("class")).contains("skip-link");
        String before = driver.getCurrentUrl();
        skip.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "main-content".equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(driver.getCurrentUrl()).isEqualTo(before);

        assertThat(waitFor(By.id("library-count")).getText()).isEqualTo(it.percorsi.content.ContentTestData.shippedGuides() + " guide");

        // Filter by topic: open the select and pick "Metodi".
        waitFor(By.id("filter-group")).click();
        clickVisible(By.xpath("//vaadin-select-item[normalize-space(.)='Metodi']"));
        waitForUrl("tema=metodi");
        waitForVaadin();
        String count = waitFor(By.id("library-count")).getText();
        assertThat(count).endsWith("guide").isNotEqualTo(it.percorsi.content.ContentTestData.shippedGuides() + " guide");
        assertThat(driver.findElements(By.cssSelector("#library-results h3"))).extracting(WebElement::getText)
                .containsExactly("Metodi");

        recordVaadinRequests();
        waitFor(By.linkText("Il focus group")).click();
        waitForUrl("/guide/focus-group");
        waitForVaadin();
        WebElement title = waitFor(By.id("guide-title"));
        assertThat(title.getText()).isEqualTo("Il focus group");
        aRequestSentAgainGetsTheSameAnswer();

        // The table of contents scrolls to the section without leaving the page.
        driver.findElement(By.cssSelector(".content-toc a[href$='#i-passi']")).click();
        waitForUrl("#i-passi");
        // Same page, not a reload: the element found before the click is still attached.
        assertThat(title.getDomProperty("textContent")).isEqualTo("Il focus group");
        assertThat(driver.getCurrentUrl()).contains("/guide/focus-group#i-passi");
        assertThat(driver.findElement(By.id("i-passi")).getText()).startsWith("I passi");

        // "Was this useful?": yes (recorded at once), then a comment, sent with the keyboard.
        WebElement yes = waitFor(By.id("feedback-yes"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", yes);
        yes.click();
        waitForVaadin();
        WebElement comment = waitFor(By.cssSelector("#feedback-comment textarea"));
        assertThat(driver.switchTo().activeElement()).as("focus moves to the comment").isEqualTo(comment);
        comment.sendKeys("Esempio del CUP molto utile");
        comment.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-status"), "Grazie!"));

        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(feedback.mine("focus-group")).hasValueSatisfying(f -> {
            assertThat(f.useful()).isTrue();
            assertThat(f.comment()).isEqualTo("Esempio del CUP molto utile");
        });

        // Coming back shows the saved answer.
        open("guide/focus-group");
        assertThat(waitFor(By.id("feedback-previous")).getText()).isEqualTo("La tua risposta: Sì");
        WebElement change = waitFor(By.id("feedback-change"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", change);
        change.click();
        WebElement checked = waitFor(By.cssSelector("#feedback-useful vaadin-radio-button[checked]"));
        assertThat(checked.getText()).isEqualTo("Sì");
    }

    /** Keeps the last Vaadin request of this page and its answer (window.__uidl.last). */
    private void recordVaadinRequests() {
        ((JavascriptExecutor) driver).executeScript("""
                if (window.__uidl) return;
                window.__uidl = {};
                const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.open = function (method, url) { this.__url = String(url); return open.apply(this, arguments); };
                XMLHttpRequest.prototype.send = function (body) {
                  if (this.__url && this.__url.includes('v-r=uidl')) {
                    const rec = { url: this.__url, body: body };
                    this.addEventListener('load', () => { rec.text = this.responseText; window.__uidl.last = rec; });
                  }
                  return send.apply(this, arguments);
                };
                const f = window.fetch;
                window.fetch = function (url, init) {
                  const u = String(url && url.url || url);
                  const p = f.apply(this, arguments);
                  if (u.includes('v-r=uidl') && !(init && init.__again)) {
                    const rec = { url: u, body: init && init.body };
                    p.then(r => r.clone().text()).then(t => { rec.text = t; window.__uidl.last = rec; });
                  }
                  return p;
                };
                """);
    }

    /**
     * A browser whose answer was lost sends the same request again; Vaadin answers it with the copy of the
     * answer it kept. Percorsi keeps that copy with characters beyond Latin-1 as JSON escapes (issue 14:
     * half the memory): the answer sent again must be the same JSON.
     */
    private void aRequestSentAgainGetsTheSameAnswer() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !!(window.__uidl && window.__uidl.last && window.__uidl.last.text)")));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> both = (java.util.Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const last = window.__uidl.last;
                fetch(last.url, { method: 'POST', body: last.body, credentials: 'same-origin', __again: true,
                                  headers: { 'Content-Type': 'application/json; charset=UTF-8' } })
                  .then(r => r.text()).then(t => done({ original: last.text, again: t }))
                  .catch(e => done({ error: String(e) }));
                """);
        assertThat(both).doesNotContainKey("error");
        String original = (String) both.get("original");
        String again = (String) both.get("again");
        assertThat(original.chars().anyMatch(c -> c > 0xFF)).as("the guide page's answer has a dash or an arrow").isTrue();
        assertThat(again.chars().filter(c -> c > 0xFF)).as("the kept copy is Latin-1").isEmpty();
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        assertThat(json.readTree(strip(again))).isEqualTo(json.readTree(strip(original)));
    }

    /** A Vaadin answer without its {@code for(;;);} guard. */
    private static String strip(String uidl) {
        return uidl.startsWith("for(;;);") ? uidl.substring("for(;;);".length()) : uidl;
    }

    private void clickVisible(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }
}
