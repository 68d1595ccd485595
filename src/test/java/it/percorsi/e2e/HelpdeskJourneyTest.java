package it.percorsi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.AssessmentTestSupport;
import it.percorsi.helpdesk.CannedReplyService;
import it.percorsi.path.PathService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A referent asks the help desk from a path step (the step pre-filled); staff open the ticket,
 * insert a canned reply whose placeholder becomes the requester's name and send it as resolved;
 * the referent reads it and rates the answer.
 */
class HelpdeskJourneyTest extends BrowserTest {

    @Autowired ApplicationContext context;
    @Autowired AssessmentService assessments;
    @Autowired PathService paths;
    @Autowired CannedReplyService canned;

    @Test
    void a_referent_asks_from_a_step_staff_answer_with_a_canned_reply_and_the_referent_rates() {
        String email = AssessmentTestSupport.newReferent(context, "Chiara Domanda");
        TestUsers.loginAs(context, email);
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        String stepId = paths.currentPath().orElseThrow().steps().getFirst().stepId();
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        var draft = canned.save(null, "Saluto journey", "Gentile {{richiedente}}, ecco come fare.", 0);
        canned.publish(draft.id(), draft.version()); // only published replies are offered
        TestUsers.logout();

        login(email, AssessmentTestSupport.PASSWORD);
        open("percorso");
        clickScrolled("ask-" + stepId);
        waitForUrl("/assistenza/nuova");
        assertThat(waitFor(By.cssSelector("#ask-subject input")).getAttribute("value")).startsWith("Domanda sul passo");
        WebElement body = waitFor(By.cssSelector("#ask-body textarea"));
        body.sendKeys("Come convinco la dirigenza a sostenere l'indagine?");
        clickScrolled("ask-send");
        waitForUrl("/assistenza/richiesta/");
        String ticketPath = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("assistenza/"));
        assertThat(waitFor(By.id("ticket-status")).getText()).isEqualTo("Nuova");
        assertThat(waitFor(By.id("ticket-step")).getText()).startsWith("Passo del percorso:");
        saveScreenshot("asked");

        logout();
        login(TestUsers.HELPDESK, TestUsers.PASSWORD);
        open(ticketPath);
        WebElement combo = waitFor(By.cssSelector("#ticket-canned input"));
        combo.sendKeys("Saluto journey");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(
                By.cssSelector("vaadin-combo-box-item")).isEmpty());
        driver.findElements(By.cssSelector("vaadin-combo-box-item")).getFirst().click();
        waitForVaadin();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> String.valueOf(
                d.findElement(By.cssSelector("#ticket-reply textarea")).getAttribute("value"))
                .startsWith("Gentile Chiara Domanda"));
        saveScreenshot("canned");

        // the reply goes out as RESOLVED: open the select and pick "Risolta"
        WebElement select = waitFor(By.id("ticket-status-after-reply"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
        select.click();
        WebElement resolved = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("vaadin-select-item")).stream().filter(i -> i.isDisplayed()
                && "Risolta".equals(i.getText().strip())).findFirst().orElse(null));
        resolved.click();
        waitForVaadin();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "Risolta".equals(String.valueOf(
                ((JavascriptExecutor) d).executeScript("return arguments[0].querySelector('vaadin-select-value-button')"
                        + ".textContent.trim()", select))));
        clickScrolled("ticket-send-reply");
        // textContent: the badge sits above the scrolled part of the page, where getText() sees nothing
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "Risolta".equals(
                d.findElement(By.id("ticket-status")).getDomProperty("textContent")));
        saveScreenshot("resolved");

        // the referent reads the answer and rates it in the portal
        logout();
        login(email, AssessmentTestSupport.PASSWORD);
        open(ticketPath);
        assertThat(waitFor(By.id("ticket-conversation")).getText()).contains("Gentile Chiara Domanda");
        WebElement four = waitFor(By.xpath("//*[@id='rating-score']//vaadin-radio-button[contains(., '4 - Utile')]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", four);
        four.click();
        waitForVaadin();
        clickScrolled("rating-send");
        assertThat(waitFor(By.id("ticket-rating-given")).getText()).isEqualTo("Avete valutato questa risposta: 4 su 5.");
        saveScreenshot("rated");
    }

    private void clickScrolled(String id) {
        WebElement e = waitFor(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
        waitForVaadin();
    }
}
