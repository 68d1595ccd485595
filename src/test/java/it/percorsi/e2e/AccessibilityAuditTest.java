package it.percorsi.e2e;

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
        TestUsers.logout();
    }

    @Test
    void every_page_of_every_role_has_no_axe_violation_on_desktop_and_phone() throws IOException {
        audit("anonymous", null, List.of("login", "registrazione", "password-dimenticata",
                "verifica-email?token=nonvalido", "reimposta-password?token=nonvalido", "invito?token=nonvalido",
                "accessibilita", "note-legali", "privacy", "contatti"));
        audit("referent", referent, List.of("referente", "autovalutazione", "autovalutazione/risultati", "percorso",
                "guide", "guide/analisi-dei-risultati", "guide/coinvolgere-la-dirigenza",
                "strumenti/calcolo-del-campione", "account", "pagina-che-non-esiste", "admin/utenti"));
        audit("helpdesk", TestUsers.HELPDESK, List.of("helpdesk", "guide", "account"));
        audit("trainer", TestUsers.TRAINER, List.of("formatore", "contenuti/problemi"));
        audit("admin", TestUsers.ADMIN, List.of("admin", "admin/utenti", "admin/outbox", "contenuti/problemi"));
        Path dir = Path.of("target", "e2e");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("axe-report.txt"), report.toString());
        assertThat(violations).as("axe-core violations (details in target/e2e/axe-report.txt)").isEmpty();
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
