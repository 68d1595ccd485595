package it.percorsi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.TestUsers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A referent searches from the header of any page, in a real browser, over the shipped library:
 * suggestions appear while typing, a suggestion opens its guide, Enter opens the results page, a
 * result opens its page; the FAQ pages are reachable from the menu.
 */
class SearchJourneyTest extends BrowserTest {

    @Test
    void search_from_the_header_suggest_open_a_result_and_read_a_faq() {
        login(TestUsers.REFERENT, TestUsers.PASSWORD);
        open("guide");
        WebElement input = waitFor(By.cssSelector("#search-field input"));
        input.sendKeys("questionar");
        WebElement firstSuggestion = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#search-suggestions a[id^='suggestion-']"));
            return links.size() > 1 && links.getFirst().isDisplayed() ? links.getFirst() : null;
        });
        String target = firstSuggestion.getAttribute("href");
        firstSuggestion.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().equals(target));
        waitForVaadin();

        input = waitFor(By.cssSelector("#search-field input"));
        input.clear();
        input.sendKeys("i questionari dell'ufficio", Keys.ENTER);
        waitForUrl("cerca?q=");
        waitForVaadin();
        WebElement summary = waitFor(By.id("search-summary"));
        assertThat(summary.getText()).matches("\\d+ risultati per «i questionari dell'ufficio»");
        List<WebElement> results = driver.findElements(By.cssSelector("#search-results a.search-result-title"));
        assertThat(results).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#search-results mark"))).isNotEmpty();
        String first = results.getFirst().getAttribute("href");
        results.getFirst().click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().equals(first));

        open("faq");
        WebElement faq = waitFor(By.cssSelector(".faq-index-list a"));
        String faqUrl = faq.getAttribute("href");
        faq.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().equals(faqUrl));
        assertThat(waitFor(By.id("faq-question")).getText()).isNotBlank();
        assertThat(waitFor(By.id("faq-answer")).getText()).isNotBlank();
    }

    @Test
    void while_writing_a_question_a_suggested_faq_opens_in_a_new_tab_and_the_question_stays() {
        login(TestUsers.REFERENT, TestUsers.PASSWORD);
        open(it.percorsi.helpdesk.HelpdeskRoutes.ASK);
        type("ask-subject", "Quante risposte servono al nostro questionario?");
        WebElement suggestion = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#ask-suggestions a[id^='ask-suggestion-faq-']"));
            return !links.isEmpty() && links.getFirst().isDisplayed() ? links.getFirst() : null;
        });
        assertThat(suggestion.getAttribute("target")).isEqualTo("_blank");
        String ask = driver.getWindowHandle();
        String href = suggestion.getAttribute("href");
        suggestion.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getWindowHandles().size() == 2);
        String faqTab = driver.getWindowHandles().stream().filter(h -> !h.equals(ask)).findFirst().orElseThrow();
        driver.switchTo().window(faqTab);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().equals(href));
        assertThat(waitFor(By.id("faq-question")).getText()).isNotBlank();
        driver.close();
        driver.switchTo().window(ask);
        assertThat(driver.findElement(By.cssSelector("#ask-subject input")).getAttribute("value"))
                .isEqualTo("Quante risposte servono al nostro questionario?");
    }
}
