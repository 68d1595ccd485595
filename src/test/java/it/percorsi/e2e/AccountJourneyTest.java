package it.percorsi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.TestMails;
import it.percorsi.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class AccountJourneyTest extends BrowserTest {

    @Autowired ApplicationContext context;

    @Test
    void a_new_referent_asks_to_join_a_referent_approves_and_then_the_account_logs_in() {
        String email = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@comune.example.it";
        String password = "password-molto-lunga-1";
        open("registrazione");
        type("email", email);
        type("fullName", "Chiara Neri");
        type("password", password);
        type("passwordConfirmation", password);
        // join the demo municipality found by its IPA code
        var combo = waitFor(By.cssSelector("#administration input"));
        combo.sendKeys("c_demo1");
        waitFor(By.cssSelector("vaadin-combo-box-item"));
        combo.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitForVaadin();
        click("register-submit");
        assertThat(waitFor(By.id("register-done")).getText()).contains("Controlla la tua casella");

        String token = TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow());
        open("verifica-email?token=" + token);
        assertThat(waitFor(By.id("token-outcome-awaiting_approval")).getText()).contains("richiesta inviata");

        // the demo municipality's referent approves the request on the colleagues page
        login(TestUsers.REFERENT, TestUsers.PASSWORD);
        waitForUrl("/referente");
        open("colleghi");
        waitFor(By.xpath("//*[contains(@class,'join-request')][contains(., '" + email + "')]"
                + "//vaadin-button[starts-with(@id,'approve-')]")).click();
        waitForVaadin();
        assertThat(waitFor(By.id("colleagues")).getText()).contains(email);
        logout();

        login(email, password);
        waitForUrl("/referente");
        assertThat(waitFor(By.id("home-title")).getText()).contains("Chiara Neri");
    }

    @Test
    void a_user_disabled_by_an_admin_is_logged_out_at_the_next_navigation() {
        String email = "e2e-off-" + UUID.randomUUID().toString().substring(0, 8) + "@comune.example.it";
        String password = "password-molto-lunga-2";
        var accounts = context.getBean(it.percorsi.account.AccountService.class);
        TestUsers.logout();
        String ipa = "c_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        accounts.register(new it.percorsi.account.RegistrationRequest(email, "Utente Da Disattivare", password,
                password, true, null, "Comune di Spento " + ipa, it.percorsi.account.AdministrationType.COMUNE,
                it.percorsi.account.Region.UMBRIA, it.percorsi.account.SizeBand.SMALL, ipa, "it"));
        accounts.verifyEmail(TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow()));

        login(email, password);
        waitForUrl("/referente");
        TestUsers.loginAs(context, TestUsers.ADMIN);
        Long id = accounts.listUsers().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow().id();
        accounts.setEnabled(id, false);
        TestUsers.logout();

        driver.navigate().refresh();
        waitForUrl("/login");
        assertThat(waitFor(By.cssSelector("vaadin-login-form")).isDisplayed()).isTrue();
    }

    @Test
    void the_header_logout_button_ends_the_session_also_from_the_keyboard() {
        logout();
        login(TestUsers.REFERENT, TestUsers.PASSWORD);
        waitForUrl("/referente");
        // the header's buttons are markup inside one part (issue 14): Enter on the focused button is its click
        org.openqa.selenium.WebElement button = waitFor(By.id("logout"));
        assertThat(button.getText()).isEqualTo("Esci");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus()", button);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("logout");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitForUrl("/login");
        open("referente");
        waitForUrl("/login");
        assertThat(waitFor(By.cssSelector("vaadin-login-form")).isDisplayed()).isTrue();
    }

    @Test
    void on_a_public_page_the_skip_link_moves_focus_to_the_content_and_stays_on_the_page() {
        logout();
        open("accessibilita");
        waitFor(By.id("main-content"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
        org.openqa.selenium.WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getAttribute("class")).contains("skip-link");
        String before = driver.getCurrentUrl();
        skip.sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> "main-content".equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(driver.getCurrentUrl()).isEqualTo(before);
    }

    @Test
    void a_tampered_verification_link_shows_a_clear_page() {
        logout();
        open("verifica-email?token=manomesso");
        assertThat(waitFor(By.id("token-outcome-invalid")).getText()).isEqualTo("Link non valido");
    }

    @Test
    void a_helpdesk_user_cannot_open_an_admin_page_by_url() {
        login(TestUsers.HELPDESK, TestUsers.PASSWORD);
        waitForUrl("/helpdesk");
        open("admin/utenti");
        assertThat(waitFor(By.id("access-denied")).getText()).isEqualTo("Accesso non consentito");
        assertThat(driver.findElements(By.id("invite-submit"))).isEmpty();
        open("admin/outbox");
        assertThat(waitFor(By.id("access-denied")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.id("smtp-hint"))).isEmpty();
    }

    @Test
    void an_admin_opens_the_users_page_and_sees_the_menu_entries_of_the_role() {
        login(TestUsers.ADMIN, TestUsers.PASSWORD);
        waitForUrl("/admin");
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).contains("Utenti", "Posta in uscita");
        open("admin/utenti");
        assertThat(waitFor(By.id("invite-submit")).isDisplayed()).isTrue();
    }
}
