package it.percorsi.e2e;

import it.percorsi.account.AccountRoutes;
import it.percorsi.notification.NotificationRoutes;
import it.percorsi.helpdesk.HelpdeskTestSupport;
import it.percorsi.helpdesk.CallService;
import it.percorsi.helpdesk.HelpdeskRoutes;
import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.AssessmentTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Runs axe-core (shipped under src/test/resources/axe, injected into the page) on every page of
 * every role at 1280×800 and 390×844 and fails on any violation, of any impact. A screenshot of
 * each page at each size is saved under target/e2e/ (AccessibilityAuditTest-role-page-size.png)
 * and the full report under target/e2e/axe-report.txt.
 */
class AccessibilityAuditTest extends BrowserTest {

    static final List<Dimension> SIZES = List.of(new Dimension(1280, 800), new Dimension(390, 844));

    @Autowired ApplicationContext context;
    @Autowired AssessmentService assessments;

    private String axe;
    private String referent;
    /** A question of the referent's administration, so the ticket page is audited for both sides. */
    private String ticket;
    private final List<String> violations = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();

    @BeforeAll
    void prepare() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        referent = AssessmentTestSupport.newReferent(context, "Paola Verifica");
        TestUsers.loginAs(context, referent);
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        ticket = HelpdeskRoutes.ticket(HelpdeskTestSupport.ask(context, "Come si sceglie il campione?").id());
        // a free call slot, so that the booking page shows its form and the staff page a row
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        context.getBean(CallService.class).publish(context.getBean(java.time.Clock.class).instant()
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofDays(5)), 30,
                "https://meet.example.it/audit");
        TestUsers.logout();
    }

    @Test
    void every_page_of_every_role_has_no_axe_violation_on_desktop_and_phone() throws IOException {
        audit("anonymous", null, List.of("login", "registrazione", "password-dimenticata",
                "verifica-email?token=nonvalido", "reimposta-password?token=nonvalido", "invito?token=nonvalido",
                "accessibilita", "note-legali", "privacy", "contatti"));
        audit("referent", referent, List.of("referente", "autovalutazione", "autovalutazione/risultati", "percorso",
                "guide", "guide/analisi-dei-risultati", "guide/coinvolgere-la-dirigenza",
                "strumenti", "strumenti/calcolo-del-campione", "account", "pagina-che-non-esiste", "admin/utenti",
                HelpdeskRoutes.TICKETS, HelpdeskRoutes.ASK, ticket, NotificationRoutes.NOTIFICATIONS, AccountRoutes.MEMBERS,
                HelpdeskRoutes.CALLS, "faq", "faq/quante-risposte-servono", "cerca?q=questionari",
                "cerca?q=zqxwv", "percorso/domande"));
        audit("helpdesk", TestUsers.HELPDESK, List.of("helpdesk", "guide", "account", HelpdeskRoutes.QUEUE,
                HelpdeskRoutes.CANNED, ticket, NotificationRoutes.NOTIFICATIONS, HelpdeskRoutes.CALL_SLOTS));
        audit("trainer", TestUsers.TRAINER, List.of("formatore", "contenuti/problemi", "contenuti/indice-ricerca",
                "contenuti/bozze-faq", "contenuti/revisioni/guide/analisi-dei-risultati", "contenuti/bozze",
                "contenuti/modifica/guide/analisi-dei-risultati", "contenuti/nuovo/guide",
                it.percorsi.content.ContentRoutes.UPLOADED_IMAGES, it.percorsi.path.PathRoutes.EDITOR));
        audit("admin", TestUsers.ADMIN, List.of("admin", "admin/utenti", "admin/outbox", "contenuti/problemi",
                HelpdeskRoutes.SLA, HelpdeskRoutes.QUEUE, "contenuti/indice-ricerca"));
        Path dir = Path.of("target", "e2e");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("axe-report.txt"), report.toString());
        assertThat(violations).as("axe-core violations (details in target/e2e/axe-report.txt)").isEmpty();
    }

    @Test
    void mail_links_point_at_the_port_the_portal_really_runs_on() {
        String email = AssessmentTestSupport.newReferent(context, "Link Porta");
        String body = it.percorsi.TestMails.latestTo(context, email).orElseThrow().body();
        assertThat(body).contains("http://localhost:" + port + "/verifica-email?token=");
    }

    @Test
    void a_failed_login_keeps_the_typed_address() {
        driver.manage().deleteAllCookies();
        open("login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("qualcuno@comune.example.it");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("password-sbagliata");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        waitForUrl("error");
        waitForVaadin();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "qualcuno@comune.example.it".equals(
                d.findElement(By.cssSelector("vaadin-login-form input[name='username']")).getAttribute("value")));
    }

    @Test
    void html_lang_follows_the_interface_language() {
        String email = AssessmentTestSupport.newReferent(context, "Lingua Prova");
        login(email, AssessmentTestSupport.PASSWORD);
        assertThat(lang()).isEqualTo("it");
        // the header's bell is drawn white on the blue header (it was the link colour, the same blue as the header)
        waitFor(By.cssSelector("#notification-bell vaadin-icon"));
        assertThat(((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector('#notification-bell vaadin-icon')).color"))
                .isEqualTo("rgb(255, 255, 255)");
        open("account");
        waitFor(By.id("account-current-password"));
        assertThat(((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('#account-current-password vaadin-password-field-button').getAttribute('aria-label')"))
                .isEqualTo("Mostra la password");
        click("language-switch");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "en".equals(lang()));
        assertThat(waitFor(By.id("logout")).getText()).isEqualTo("Log out");
        click("language-switch");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "it".equals(lang()));
    }

    @Test
    void an_unknown_address_shows_the_not_found_page_inside_the_layout_in_the_users_language() {
        login(TestUsers.HELPDESK, TestUsers.PASSWORD);
        open("questa/pagina/non-esiste");
        assertThat(waitFor(By.id("not-found")).getText()).isEqualTo("Pagina non trovata");
        assertThat(driver.findElements(By.id("logout"))).hasSize(1);
        assertThat(driver.findElements(By.id("main-menu"))).hasSize(1);
        assertThat(driver.getTitle()).startsWith("Pagina non trovata");
        open("admin/utenti");
        assertThat(waitFor(By.id("access-denied")).getText()).isEqualTo("Accesso non consentito");
        assertThat(driver.findElements(By.id("logout"))).hasSize(1);
    }

    @Test
    void by_keyboard_focus_moves_to_the_new_section_and_to_the_changed_step_and_no_notification_covers_the_buttons() {
        String email = AssessmentTestSupport.newReferent(context, "Tastiera Sola");
        login(email, AssessmentTestSupport.PASSWORD);
        open("autovalutazione");
        // "Avanti" with nothing answered: the message sits next to the buttons, no notification
        activate("assessment-next");
        waitFor(By.id("assessment-errors"));
        assertThat(driver.findElements(By.cssSelector("vaadin-notification-card"))).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript(
                "const a = document.activeElement; const q = a && a.closest('[id^=\"q-\"]'); return q && q.id")).isNotNull();

        TestUsers.loginAs(context, email);
        var first = assessments.questionnaire().sections().getFirst();
        java.util.Map<String, List<String>> part = new java.util.LinkedHashMap<>();
        first.questions().forEach(q -> part.put(q.id(), AssessmentTestSupport.BEGINNER.get(q.id())));
        assessments.saveSection(first.id(), part, false);
        TestUsers.logout();
        open("autovalutazione");
        activate("assessment-next");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "section-title".equals(activeId()));
        assertThat(driver.findElement(By.id("assessment-progress")).getText()).startsWith("Sezione 2 di 4");

        TestUsers.loginAs(context, email);
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        TestUsers.logout();
        open("percorso");
        activate("done-sostegno-dirigenza");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const a = document.activeElement; return !!a && !!a.closest('#step-sostegno-dirigenza')"
                        + " && a.tagName.toLowerCase() === 'vaadin-details-summary'")));
        saveScreenshot("focus-after-done");
    }

    /** Focuses a component and presses Enter on it, as a keyboard user does. */
    private void activate(String id) {
        var element = waitFor(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", element);
        element.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForVaadin();
    }

    private String activeId() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.activeElement && document.activeElement.id"));
    }

    private String lang() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang"));
    }

    private void audit(String role, String email, List<String> pages) {
        if (email == null) {
            logout();
        } else {
            login(email, email.equals(referent) ? AssessmentTestSupport.PASSWORD : TestUsers.PASSWORD);
        }
        for (Dimension size : SIZES) {
            driver.manage().window().setSize(size);
            for (String page : pages) {
                open(page);
                settle();
                String name = role + "-" + page.replaceAll("[^a-z0-9]+", "_") + "-" + size.getWidth();
                saveScreenshot(name);
                if (size.getWidth() < 600) {
                    for (Object past : pastTheRightEdge()) {
                        violations.add(name + ": reflow (WCAG 1.4.10): cut off at the right edge: " + past);
                        report.append("  ").append(name).append(": reflow: ").append(past).append('\n');
                    }
                }
                List<Map<String, Object>> found = runAxe();
                report.append("== ").append(name).append(" (").append(driver.getCurrentUrl()).append("): ")
                        .append(found.size()).append(" violation(s)\n");
                for (Map<String, Object> v : found) {
                    String line = name + ": " + v.get("id") + " [" + v.get("impact") + "] " + v.get("help")
                            + " -> " + v.get("targets");
                    violations.add(line);
                    report.append("  ").append(line).append('\n');
                }
            }
        }
    }

    /** Waits for late rendering (charts, fonts) before auditing. */
    private void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete' && document.fonts.status === 'loaded'")));
        if (!driver.findElements(By.id("radar-chart")).isEmpty()) {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#radar-chart svg")).isEmpty());
        }
    }

    /**
     * Elements that run past the right edge of a narrow window (outermost only): the content area cuts them off.
     * What scrolls on its own is left out: grids, tabs, menu bars, overlays, anything inside a scrolling box of the
     * page (such as the path's history table in its focusable region), and data tables, which WCAG 1.4.10 exempts.
     */
    private List<?> pastTheRightEdge() {
        return (List<?>) ((JavascriptExecutor) driver).executeScript("""
                const w = document.documentElement.clientWidth;
                const own = 'vaadin-grid, vaadin-tabs, vaadin-tabsheet, vaadin-scroller, vaadin-menu-bar, table, [class*="overlay"]';
                const main = document.querySelector('.app-main');
                const scrolls = el => {
                    for (let a = el.parentElement; a && a !== main && !(main && a.contains(main)); a = a.parentElement) {
                        if (/(auto|scroll)/.test(getComputedStyle(a).overflowX)) return true;
                    }
                    return false;
                };
                const out = [];
                for (const el of document.querySelectorAll('body *')) {
                    if ((el.parentElement && el.parentElement.closest(own)) || scrolls(el)) continue;
                    const b = el.getBoundingClientRect();
                    if (b.width < 1 || b.height < 1 || b.right <= w + 1) continue;
                    const p = el.parentElement && el.parentElement.getBoundingClientRect();
                    if (p && p.right > w + 1) continue;
                    const s = getComputedStyle(el);
                    if (s.position === 'fixed' || s.visibility === 'hidden') continue;
                    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' (right edge at ' + Math.round(b.right)
                        + ' of ' + w + ' px) "' + (el.innerText || '').trim().slice(0, 40).replace(/\\s+/g, ' ') + '"');
                }
                return out;
                """);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> runAxe() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe"))) {
            js.executeScript(axe);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | ')
                })))).catch(e => done([{id: 'axe-error', impact: 'error', help: String(e), targets: ''}]));
                """);
        return (List<Map<String, Object>>) result;
    }
}
