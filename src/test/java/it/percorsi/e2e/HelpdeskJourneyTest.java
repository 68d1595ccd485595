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
 * A referent asks the help desk from a path step (the step pre-filled); staff open the ticket and
 * insert a canned reply whose placeholder becomes the requester's name.
 */
class HelpdeskJourneyTest extends BrowserTest {

    @Autowired ApplicationContext context;
    @Autowired AssessmentService assessments;
    @Autowired PathService paths;
    @Autowired CannedReplyService canned;

    @Test
    void a_referent_asks_from_a_step_and_staff_fill_a_canned_reply_with_the_requester_name() {
        String email = AssessmentTestSupport.newReferent(context, "Chiara Domanda");
        TestUsers.loginAs(context, email);
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        String stepId = paths.currentPath().orElseThrow().steps().getFirst().stepId();
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        canned.save(null, "Saluto journey", "Gentile {{richiedente}}, ecco come fare.", 0);
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
        // Not yet automated (the Vaadin select did not take "Risolta" in Chromium): sending the reply as
        // RESOLVED and the referent rating it; both are covered by HelpdeskViewsTest and the service tests.
    }

    private void clickScrolled(String id) {
        WebElement e = waitFor(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
        waitForVaadin();
    }
}
