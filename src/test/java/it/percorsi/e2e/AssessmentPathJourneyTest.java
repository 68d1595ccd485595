package it.percorsi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.assessment.AssessmentTestSupport;
import it.percorsi.assessment.Questionnaire;
import it.percorsi.assessment.QuestionnaireDefinitions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A new referent takes the self-assessment in the wizard, sees the recommended path with its
 * reasons, opens a step's guide and marks the step done.
 */
class AssessmentPathJourneyTest extends BrowserTest {

    @Autowired ApplicationContext context;
    @Autowired QuestionnaireDefinitions questionnaires;

    @Test
    void a_new_referent_takes_the_assessment_follows_the_path_and_marks_a_step_done() {
        String email = AssessmentTestSupport.newReferent(context, "Chiara Viaggio");
        login(email, AssessmentTestSupport.PASSWORD);
        waitForUrl("/referente");
        assertThat(waitFor(By.id("next-step")).getText()).contains("Inizia l'autovalutazione");

        open("autovalutazione");
        Questionnaire q = questionnaires.current();
        for (int i = 0; i < q.sections().size(); i++) {
            Questionnaire.Section section = q.sections().get(i);
            assertThat(shown("assessment-progress").getText()).startsWith("Sezione " + (i + 1) + " di 4");
            for (Questionnaire.Question question : section.questions()) {
                List<String> values = AssessmentTestSupport.BEGINNER.get(question.id());
                if (values == null || !q.isAsked(question, AssessmentTestSupport.BEGINNER)) {
                    continue;
                }
                for (String value : values) {
                    choose(question, question.option(value).orElseThrow().label().it());
                }
            }
            clickScrolled("assessment-next");
        }
        assertThat(shown("assessment-progress").getText()).isEqualTo("Riepilogo");
        clickScrolled("assessment-complete");

        waitForUrl("/autovalutazione/risultati/");
        assertThat(shown("results-headline").getText()).contains("nessuna esperienza strutturata");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.cssSelector("#radar-chart svg")).isEmpty());
        saveScreenshot("results");
        clickScrolled("results-to-path");

        waitForUrl("/percorso");
        assertThat(shown("path-title").getText()).isEqualTo("Il primo percorso di ascolto");
        assertThat(shown("path-because").getText()).startsWith("Consigliato perché");
        assertThat(shown("reasons-sostegno-dirigenza").getText()).contains("Consigliato perché senza il sostegno");

        WebElement guide = waitFor(By.id("sostegno-dirigenza-guide-coinvolgere-la-dirigenza"));
        assertThat(guide.getAttribute("href")).contains("/guide/coinvolgere-la-dirigenza?da=percorso/");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", guide);
        guide.click();
        waitForUrl("/guide/coinvolgere-la-dirigenza");
        assertThat(shown("guide-title").getText()).isNotBlank();
        // the way back to the step it was opened from
        clickScrolled("back-to-step");
        waitForUrl("/percorso/");
        assertThat(shown("status-sostegno-dirigenza").getText()).isEqualTo("Da fare");

        open("percorso");
        assertThat(shown("status-sostegno-dirigenza").getText()).isEqualTo("Da fare");
        clickScrolled("done-sostegno-dirigenza");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "Fatto".equals(shown("status-sostegno-dirigenza").getText()));
        assertThat(shown("path-progress").getText()).startsWith("8% completato");
        assertThat(shown("path-duration").getText()).contains("circa 7 settimane");
        saveScreenshot("path");

        // the next step is open: its self-check is a native checkbox, ticked with the keyboard
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        WebElement check = shown("ripensare-servizio-check-ruolo");
        js.executeScript("arguments[0].focus()", check);
        check.sendKeys(org.openqa.selenium.Keys.SPACE);
        waitForVaadin();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                shown("path-history").findElement(By.cssSelector("tbody tr")).getText().contains("Verifica aggiornata"));
        assertThat(shown("ripensare-servizio-check-ruolo").isSelected()).isTrue();
        // a closed step opens from its summary and shows its content (built when first opened)
        assertThat(driver.findElements(By.id("reasons-analisi-servizio"))).isEmpty();
        WebElement summary = driver.findElement(By.cssSelector("#step-analisi-servizio vaadin-details-summary"));
        js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", summary);
        summary.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForVaadin();
        assertThat(shown("reasons-analisi-servizio").getText()).startsWith("Consigliato perché");

        // issue 14: the path page's first response is the whole page; nothing goes back to the server
        // after it loads (the step panels, self-checks and history used to send a second request)
        sideNav("referente");
        waitFor(By.id("next-step-title"));
        long before = uidlRequests();
        sideNav("percorso");
        waitFor(By.id("path-title"));
        waitForVaadin();
        sleepQuietly(1500);
        waitForVaadin();
        assertThat(uidlRequests() - before).as("Vaadin requests for one navigation to the path page").isEqualTo(1);

        open("referente");
        assertThat(shown("next-step-title").getText()).startsWith("Ripensare il servizio prima di chiedere");
    }

    /** Follows a menu entry, as a mouse user does (the client router: no page load). */
    private void sideNav(String path) {
        WebElement item = waitFor(By.cssSelector("vaadin-side-nav-item[path='" + path + "']"));
        item.click();
        waitForVaadin();
    }

    /** How many Vaadin round trips (UIDL requests) this page has made since it was loaded. */
    private long uidlRequests() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl')).length")).longValue();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Clicks the radio button or checkbox with this label inside the question's group. */
    private void choose(Questionnaire.Question question, String label) {
        String tag = question.multiple() ? "vaadin-checkbox" : "vaadin-radio-button";
        WebElement group = waitFor(By.id("q-" + question.id()));
        WebElement option = group.findElements(By.cssSelector(tag)).stream()
                .filter(e -> e.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option '" + label + "' in " + question.id()));
        WebElement target = option.findElement(By.cssSelector("label"));
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        try {
            target.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            js.executeScript("arguments[0].click()", target); // a notification or the dev-tools badge is on top
        }
        waitForVaadin();
    }

    /** Waits for the element, scrolls it into view (pages keep the previous scroll position) and returns it. */
    private WebElement shown(String id) {
        WebElement e = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        return waitFor(By.id(id));
    }

    private void clickScrolled(String id) {
        WebElement e = waitFor(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
        waitForVaadin();
    }
}
