package it.percorsi.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.HttpSession;
import it.percorsi.MutableClock;
import it.percorsi.TestClockConfiguration;
import it.percorsi.TestUsers;
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

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired LoginThrottle throttle;

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
    void pages_behind_login_send_a_content_security_policy_and_redirect_to_login() throws Exception {
        var r = new HttpSession(port).get("/admin/utenti");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("object-src 'none'", "frame-ancestors 'none'");
    }

    @Test
    void health_endpoint_is_public_and_up() throws Exception {
        var r = new HttpSession(port).get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
    }
}
