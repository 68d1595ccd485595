package it.percorsi.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.HttpSession;
import it.percorsi.MutableClock;
import it.percorsi.TestClockConfiguration;
import it.percorsi.TestMails;
import it.percorsi.TestUsers;
import it.percorsi.account.AccountService;
import it.percorsi.account.TokenOutcome;
import org.springframework.context.ApplicationContext;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The real login form over HTTP: success, generic failure, throttling, health endpoint. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:login-http;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class LoginHttpTest {

    static final String NEW_PASSWORD = "nuova-password-sicura-1";

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired LoginThrottle throttle;
    @Autowired AccountService accounts;
    @Autowired ApplicationContext context;

    @AfterEach
    void reset() {
        clock.reset();
        throttle.recordSuccess(TestUsers.TRAINER);
    }

    @Test
    void a_demo_account_logs_in_and_a_wrong_password_gets_the_generic_error() throws Exception {
        assertThat(new HttpSession(port).login(TestUsers.REFERENT, TestUsers.PASSWORD)).doesNotContain("error");
        assertThat(new HttpSession(port).login(TestUsers.REFERENT, "wrong-password-123")).endsWith("/login?error");
        assertThat(new HttpSession(port).login("nobody@example.it", "wrong-password-123")).endsWith("/login?error");
    }

    @Test
    void repeated_failures_block_the_address_even_with_the_right_password_until_the_lockout_ends() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(new HttpSession(port).login(TestUsers.TRAINER, "wrong-password-" + i)).endsWith("/login?error");
        }
        assertThat(new HttpSession(port).login(TestUsers.TRAINER, TestUsers.PASSWORD))
                .as("blocked, same generic answer").endsWith("/login?error");
        clock.advance(Duration.ofMinutes(16));
        assertThat(new HttpSession(port).login(TestUsers.TRAINER, TestUsers.PASSWORD)).doesNotContain("error");
    }

    @Test
    void unknown_addresses_are_throttled_too_so_the_lock_reveals_nothing() throws Exception {
        String ghost = "ghost@example.it";
        for (int i = 0; i < 5; i++) {
            new HttpSession(port).login(ghost, "wrong-password-" + i);
        }
        assertThat(throttle.isBlocked(ghost)).isTrue();
        throttle.recordSuccess(ghost);
    }

    @Test
    void look_alike_spellings_of_an_address_get_no_extra_guesses() throws Exception {
        // the long s folds to "s": same account, same lock
        for (int i = 0; i < 5; i++) {
            String spelling = i % 2 == 0 ? "formatore@percorſi.demo" : "FORMATORE@percorsi.demo";
            assertThat(new HttpSession(port).login(spelling, "wrong-password-" + i)).endsWith("/login?error");
        }
        assertThat(new HttpSession(port).login(TestUsers.TRAINER, TestUsers.PASSWORD)).endsWith("/login?error");
        // the dotless i is another address, which reaches no account at all
        throttle.recordSuccess(TestUsers.TRAINER);
        assertThat(new HttpSession(port).login("formatore@percorsı.demo", TestUsers.PASSWORD)).endsWith("/login?error");
        assertThat(new HttpSession(port).login("formatore@percorſi.demo", TestUsers.PASSWORD)).doesNotContain("error");
    }

    @Test
    void a_password_reset_lifts_the_lock_voids_older_links_and_ends_sessions_opened_before() throws Exception {
        HttpSession before = new HttpSession(port);
        assertThat(before.login(TestUsers.HELPDESK, TestUsers.PASSWORD)).doesNotContain("error");
        assertThat(before.get("/helpdesk").statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            new HttpSession(port).login(TestUsers.HELPDESK, "wrong-password-" + i);
        }
        assertThat(new HttpSession(port).login(TestUsers.HELPDESK, TestUsers.PASSWORD)).endsWith("/login?error");

        TestUsers.anonymousOutsideVaadin();
        accounts.requestPasswordReset(TestUsers.HELPDESK);
        String older = TestMails.tokenIn(TestMails.latestTo(context, TestUsers.HELPDESK).orElseThrow());
        accounts.requestPasswordReset(TestUsers.HELPDESK);
        String newer = TestMails.tokenIn(TestMails.latestTo(context, TestUsers.HELPDESK).orElseThrow());
        assertThat(accounts.resetPassword(newer, NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(TokenOutcome.OK);

        assertThat(accounts.checkResetToken(older)).as("an older link dies with the change").isEqualTo(TokenOutcome.USED);
        var r = before.get("/helpdesk");
        assertThat(r.statusCode()).as("the session opened before the reset has ended").isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(new HttpSession(port).login(TestUsers.HELPDESK, NEW_PASSWORD))
                .as("the reset lifted the lock").doesNotContain("error");
    }

    @Test
    void pages_behind_login_send_a_content_security_policy_and_redirect_to_login() throws Exception {
        var r = new HttpSession(port).get("/admin/utenti");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("object-src 'none'", "frame-ancestors 'none'");
    }

    @Test
    void every_kind_of_page_sends_the_security_headers_and_personal_pages_are_not_stored() throws Exception {
        HttpSession visitor = new HttpSession(port);
        HttpSession referent = new HttpSession(port);
        assertThat(referent.login(TestUsers.REFERENT, TestUsers.PASSWORD)).doesNotContain("error");
        record Page(HttpSession session, String path, boolean personal) {
        }
        var pages = java.util.List.of(new Page(visitor, "/login", true), new Page(visitor, "/registrazione", true),
                new Page(visitor, "/admin/utenti", true), new Page(visitor, "/nessuna-pagina", true),
                new Page(referent, "/referente", true), new Page(referent, "/percorso", true),
                new Page(referent, "/pagina-che-non-esiste", true), new Page(visitor, "/actuator/health", true),
                new Page(visitor, "/styles.css", false));
        for (Page p : pages) {
            var r = p.session().get(p.path());
            var h = r.headers();
            assertThat(h.firstValue("Content-Security-Policy")).as("CSP on %s", p.path()).hasValueSatisfying(csp ->
                    assertThat(csp).contains("object-src 'none'", "frame-ancestors 'none'", "default-src 'self'"));
            assertThat(h.firstValue("X-Content-Type-Options")).as(p.path()).contains("nosniff");
            assertThat(h.firstValue("X-Frame-Options")).as(p.path()).contains("DENY");
            if (p.personal()) {
                assertThat(h.allValues("Cache-Control")).as("Cache-Control on %s", p.path())
                        .anySatisfy(v -> assertThat(v).contains("no-store"));
            } else {
                assertThat(h.allValues("Cache-Control")).as(p.path()).noneSatisfy(v -> assertThat(v).contains("no-store"));
            }
        }
    }

    @Test
    void the_session_cookie_is_same_site_and_secure_behind_an_https_proxy() throws Exception {
        String plain = String.join(";", new HttpSession(port).get("/login").headers().allValues("Set-Cookie"));
        assertThat(plain).contains("JSESSIONID", "SameSite=Lax", "HttpOnly").doesNotContain("Secure");
        String proxied = String.join(";", new HttpSession(port).get("/login", "X-Forwarded-Proto", "https")
                .headers().allValues("Set-Cookie"));
        assertThat(proxied).contains("JSESSIONID", "SameSite=Lax", "Secure");
    }

    @Test
    void a_login_post_without_a_csrf_token_is_refused() throws Exception {
        HttpSession attacker = new HttpSession(port);
        attacker.get("/login");
        var r = attacker.postForm("/login", "username=" + java.net.URLEncoder.encode(TestUsers.REFERENT,
                java.nio.charset.StandardCharsets.UTF_8) + "&password=" + TestUsers.PASSWORD);
        assertThat(r.statusCode()).as("refused").isIn(403, 302);
        // a successful login would redirect to the home page "/"; a refused one goes back to the login page
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        assertThat(attacker.get("/referente").statusCode()).as("still anonymous").isEqualTo(302);
    }

    @Test
    void content_images_reach_their_controller_for_logged_in_users_only() throws Exception {
        HttpSession referent = new HttpSession(port);
        referent.login(TestUsers.REFERENT, TestUsers.PASSWORD);
        assertThat(referent.get("/contenuti/immagini/non-esiste.png").statusCode())
                .as("answered by the image controller (404 for a missing file), not refused with 403").isEqualTo(404);
        var anonymous = new HttpSession(port).get("/contenuti/immagini/non-esiste.png");
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }

    @Test
    void health_endpoint_is_public_and_up() throws Exception {
        var r = new HttpSession(port).get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
    }
}
