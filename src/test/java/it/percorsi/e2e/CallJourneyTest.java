package it.percorsi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentTestSupport;
import it.percorsi.helpdesk.CallService;
import it.percorsi.helpdesk.TicketCategory;
import it.percorsi.helpdesk.TicketDetails;
import it.percorsi.helpdesk.TicketRequest;
import it.percorsi.helpdesk.TicketService;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A referent books a call from their ticket's page (the ticket pre-selected), and the help-desk
 * operator sees the booking in the staff's call page.
 */
class CallJourneyTest extends BrowserTest {

    @Autowired ApplicationContext context;
    @Autowired CallService calls;
    @Autowired TicketService tickets;
    @Autowired Clock clock;

    @Test
    void a_referent_books_a_call_for_a_ticket_and_staff_see_it() {
        String email = AssessmentTestSupport.newReferent(context, "Giulia Chiamata");
        TestUsers.loginAs(context, email);
        TicketDetails t = tickets.ask(new TicketRequest("Ci serve una chiamata", "Possiamo sentirci?",
                TicketCategory.SURVEY, null), List.of());
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        calls.publish(clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(2)), 30,
                "https://meet.example.it/journey");
        TestUsers.logout();

        login(email, AssessmentTestSupport.PASSWORD);
        open("assistenza/richiesta/" + t.id());
        clickScrolled("ticket-book-call");
        waitForUrl("/chiamate");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> String.valueOf(
                d.findElement(By.cssSelector("#call-ticket input")).getAttribute("value")).startsWith(t.number()));
        WebElement radio = waitFor(By.cssSelector("#call-slot vaadin-radio-button"));
        assertThat(radio.getText()).contains("con Sara Conti");
        radio.click();
        waitForVaadin();
        clickScrolled("call-book");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("call-result")).getText()
                .startsWith("Chiamata prenotata per"));
        assertThat(waitFor(By.id("call-mine")).getText()).contains(t.number()).contains("Apri il link");
        saveScreenshot("booked");

        logout();
        login(TestUsers.HELPDESK, TestUsers.PASSWORD);
        open("coda/chiamate");
        waitFor(By.id("call-slots-grid"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.xpath(
                "//vaadin-grid-cell-content[contains(., 'Giulia Chiamata')]")).isEmpty());
        assertThat(driver.findElements(By.xpath("//vaadin-grid-cell-content[contains(., '" + t.number() + "')]")))
                .isNotEmpty();
        assertThat(driver.findElements(By.xpath("//vaadin-grid-cell-content[contains(., 'Prenotato')]"))).isNotEmpty();
        saveScreenshot("staff");
    }

    private void clickScrolled(String id) {
        WebElement e = waitFor(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
        waitForVaadin();
    }
}
