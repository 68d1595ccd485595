package it.percorsi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestMails;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import it.percorsi.notification.OutboxEntry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@PercorsiTest
class AccountServiceTest {

    static final String GOOD_PASSWORD = "una-password-lunga-1";

    @Autowired AccountService accounts;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired UserDetailsService userDetails;

    @org.junit.jupiter.api.BeforeEach
    void anonymous() {
        TestUsers.anonymousOutsideVaadin();
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
    }

    static String uniqueEmail() {
        return "ref-" + UUID.randomUUID().toString().substring(0, 8) + "@comune.example.it";
    }

    static RegistrationRequest newAdministration(String email, String ipa) {
        return new RegistrationRequest(email, "Paola Verdi", GOOD_PASSWORD, GOOD_PASSWORD, true, null,
                "Comune di Prova " + ipa, AdministrationType.COMUNE, Region.LAZIO, SizeBand.SMALL, ipa, "it");
    }

    static String uniqueIpa() {
        return "c_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    void registration_sends_a_verification_mail_and_the_account_works_only_after_the_link() {
        String email = uniqueEmail();
        accounts.register(newAdministration(email, uniqueIpa()));

        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isFalse();
        OutboxEntry mail = TestMails.latestTo(context, email).orElseThrow();
        assertThat(mail.subject()).contains("conferma");
        assertThat(mail.body()).contains("/verifica-email?token=");

        assertThat(accounts.verifyEmail(TestMails.tokenIn(mail))).isEqualTo(TokenOutcome.OK);
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isTrue();
    }

    @Test
    void verification_token_is_single_use_and_tampering_is_detected() {
        String email = uniqueEmail();
        accounts.register(newAdministration(email, uniqueIpa()));
        String token = TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow());

        assertThat(accounts.verifyEmail(token + "x")).isEqualTo(TokenOutcome.INVALID);
        assertThat(accounts.verifyEmail(null)).isEqualTo(TokenOutcome.INVALID);
        assertThat(accounts.verifyEmail(token)).isEqualTo(TokenOutcome.OK);
        assertThat(accounts.verifyEmail(token)).isEqualTo(TokenOutcome.USED);
    }

    @Test
    void verification_token_expires_after_48_hours() {
        String email = uniqueEmail();
        accounts.register(newAdministration(email, uniqueIpa()));
        String token = TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow());
        clock.advance(Duration.ofHours(48).plusSeconds(1));
        assertThat(accounts.verifyEmail(token)).isEqualTo(TokenOutcome.EXPIRED);
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isFalse();
    }

    @Test
    void registration_reports_every_invalid_field_at_once() {
        var bad = new RegistrationRequest("not-an-email", " ", "short", "short", true, null, "", null, null, null,
                "C-H501!", "it");
        assertThatThrownBy(() -> accounts.register(bad)).isInstanceOfSatisfying(FieldErrors.class, e ->
                assertThat(e.errors())
                        .containsEntry("email", "validation.email.format")
                        .containsEntry("fullName", "validation.required")
                        .containsEntry("password", "validation.password.tooShort")
                        .containsEntry("administrationName", "validation.required")
                        .containsEntry("administrationType", "validation.required")
                        .containsEntry("administrationRegion", "validation.required")
                        .containsEntry("administrationSize", "validation.required")
                        .containsEntry("ipaCode", "validation.ipa.format"));
    }

    @Test
    void password_equal_to_the_email_or_mismatched_is_refused() {
        String email = uniqueEmail();
        var sameAsEmail = new RegistrationRequest(email, "A B", email, email, true, null, "Ente", AdministrationType.ALTRO,
                Region.LAZIO, SizeBand.MICRO, null, "it");
        assertThatThrownBy(() -> accounts.register(sameAsEmail)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("password", "validation.password.isEmail"));
        var mismatch = new RegistrationRequest(email, "A B", GOOD_PASSWORD, GOOD_PASSWORD + "x", true, null, "Ente",
                AdministrationType.ALTRO, Region.LAZIO, SizeBand.MICRO, null, "it");
        assertThatThrownBy(() -> accounts.register(mismatch)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("passwordConfirmation", "validation.password.mismatch"));
    }

    @Test
    void a_duplicate_ipa_code_is_refused_next_to_the_field() {
        String ipa = uniqueIpa();
        accounts.register(newAdministration(uniqueEmail(), ipa));
        assertThatThrownBy(() -> accounts.register(newAdministration(uniqueEmail(), ipa.toUpperCase())))
                .isInstanceOfSatisfying(FieldErrors.class,
                        e -> assertThat(e.errors()).containsEntry("ipaCode", "validation.ipa.registered"));
    }

    @Test
    void registering_an_existing_address_looks_the_same_and_warns_the_owner() {
        String email = uniqueEmail();
        accounts.register(newAdministration(email, uniqueIpa()));
        int before = TestMails.to(context, email).size();

        // no exception, no hint: the caller sees the same outcome as for a new address
        accounts.register(newAdministration(email.toUpperCase(), uniqueIpa()));

        var mails = TestMails.to(context, email);
        assertThat(mails).hasSize(before + 1);
        assertThat(mails.getFirst().subject()).contains("hai già un account");
    }

    @Test
    void the_registration_picker_finds_an_administration_by_ipa_code() {
        var found = accounts.searchAdministrations("c_demo1", 10);
        assertThat(found).extracting(AdministrationSummary::name).containsExactly("Comune di Borgo Esempio");
    }

    @Test
    void password_reset_link_is_single_use_expires_and_never_reveals_unknown_addresses() {
        accounts.requestPasswordReset("nessuno-" + UUID.randomUUID() + "@example.it");

        String email = uniqueEmail();
        accounts.register(newAdministration(email, uniqueIpa()));
        accounts.requestPasswordReset(email);
        String token = TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow());
        assertThat(TestMails.latestTo(context, email).orElseThrow().body()).contains("/reimposta-password?token=");

        assertThatThrownBy(() -> accounts.resetPassword(token, "corta", "corta")).isInstanceOf(FieldErrors.class);
        assertThat(accounts.checkResetToken(token)).as("a refused password does not burn the link")
                .isEqualTo(TokenOutcome.OK);
        assertThat(accounts.resetPassword(token, "nuova-password-sicura", "nuova-password-sicura"))
                .isEqualTo(TokenOutcome.OK);
        assertThat(accounts.resetPassword(token, "altra-password-sicura", "altra-password-sicura"))
                .isEqualTo(TokenOutcome.USED);

        accounts.requestPasswordReset(email);
        String second = TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow());
        clock.advance(Duration.ofMinutes(61));
        assertThat(accounts.checkResetToken(second)).isEqualTo(TokenOutcome.EXPIRED);
    }

    @Test
    void admin_invites_staff_who_then_choose_a_password() {
        TestUsers.loginAs(context, TestUsers.ADMIN);
        String email = uniqueEmail();
        accounts.invite(email, Role.HELPDESK);
        assertThatThrownBy(() -> accounts.invite(email, Role.TRAINER)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("email", "validation.email.duplicate"));
        assertThatThrownBy(() -> accounts.invite("x@y", Role.REFERENT)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("email", "validation.email.format")
                        .containsEntry("role", "validation.role.staffOnly"));
        TestUsers.logout();

        String token = TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow());
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isFalse();
        assertThat(accounts.acceptInvitation(token, "Nuovo Operatore", GOOD_PASSWORD, GOOD_PASSWORD))
                .isEqualTo(TokenOutcome.OK);
        var principal = userDetails.loadUserByUsername(email);
        assertThat(principal.isEnabled()).isTrue();
        assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_HELPDESK");
    }

    @Test
    void only_an_admin_can_invite_list_or_disable_accounts() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThatThrownBy(() -> accounts.invite(uniqueEmail(), Role.HELPDESK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(1L, false)).isInstanceOf(AccessDeniedException.class);
        TestUsers.logout();
        assertThatThrownBy(() -> accounts.listUsers()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void admin_disables_and_re_enables_an_account_but_not_their_own() {
        String email = uniqueEmail();
        accounts.register(newAdministration(email, uniqueIpa()));
        accounts.verifyEmail(TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow()));
        TestUsers.loginAs(context, TestUsers.ADMIN);
        UserSummary user = accounts.listUsers().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow();

        TestUsers.loginAs(context, email);
        assertThat(accounts.isCurrentAccountActive()).isTrue();
        TestUsers.loginAs(context, TestUsers.ADMIN);
        accounts.setEnabled(user.id(), false);
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isFalse();
        TestUsers.loginAs(context, email);
        assertThat(accounts.isCurrentAccountActive()).as("an open session of a disabled account must end").isFalse();
        TestUsers.loginAs(context, TestUsers.ADMIN);
        accounts.setEnabled(user.id(), true);
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isTrue();

        Long adminId = accounts.currentUser().orElseThrow().id();
        assertThatThrownBy(() -> accounts.setEnabled(adminId, false)).isInstanceOf(AccessDeniedException.class);
    }

    /** Registers and verifies a new administration's account (then logged in as the admin); its id. */
    private Long activeAccount(String email) {
        accounts.register(newAdministration(email, uniqueIpa()));
        accounts.verifyEmail(TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow()));
        TestUsers.loginAs(context, TestUsers.ADMIN);
        return accounts.listUsers().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow().id();
    }

    /** A new HTTP request bound to the test's thread, as the servlet container does for each request. */
    private static void newRequest() {
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(
                        new org.springframework.mock.web.MockHttpServletRequest()));
    }

    @Test
    void the_session_filters_check_serves_the_rest_of_its_request_and_the_next_request_asks_again() {
        String email = uniqueEmail();
        Long id = activeAccount(email);
        try {
            // one request: the check is read once, then kept for the rest of that request (issue 14)
            newRequest();
            TestUsers.loginAs(context, email);
            var currentUser = context.getBean(CurrentUserProvider.class);
            assertThat(currentUser.checkSessionOfRequest()).as("the session filter, at the start of the request").isTrue();
            TestUsers.loginAs(context, TestUsers.ADMIN);
            accounts.setEnabled(id, false);
            TestUsers.loginAs(context, email);
            assertThat(accounts.isCurrentAccountActive()).as("same request: the filter's answer").isTrue();

            // the next request asks again and ends the session
            newRequest();
            assertThat(accounts.isCurrentAccountActive()).as("next request, before its filter").isFalse();
            assertThat(currentUser.checkSessionOfRequest()).as("next request's filter").isFalse();
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
            TestUsers.loginAs(context, TestUsers.ADMIN);
            accounts.setEnabled(id, true);
        }
    }

    @Test
    void a_disabled_account_is_refused_by_every_service_on_a_page_it_already_has_open() {
        String email = uniqueEmail();
        Long id = activeAccount(email);

        TestUsers.loginAs(context, email); // the page was opened while the account was active
        var paths = context.getBean(it.percorsi.path.PathService.class);
        assertThat(accounts.myAdministration()).isNotNull();
        TestUsers.loginAs(context, TestUsers.ADMIN);
        accounts.setEnabled(id, false);
        var openPage = org.springframework.security.core.context.SecurityContextHolder.getContext();
        TestUsers.loginAs(context, email);

        assertThatThrownBy(() -> accounts.myAdministration()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> paths.currentPath()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeLocale(java.util.Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThat(openPage).isNotNull();
    }

    @Test
    void a_password_change_voids_reset_links_and_keeps_only_the_changing_session() {
        String email = uniqueEmail();
        accounts.register(newAdministration(email, uniqueIpa()));
        accounts.verifyEmail(TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow()));
        accounts.requestPasswordReset(email);
        String link = TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow());

        TestUsers.loginAs(context, email);
        var otherSession = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        assertThatThrownBy(() -> accounts.changePassword("sbagliata-123456", "nuova-password-sicura", "nuova-password-sicura"))
                .isInstanceOfSatisfying(FieldErrors.class,
                        e -> assertThat(e.errors()).containsEntry("currentPassword", "validation.password.current"));
        accounts.changePassword(GOOD_PASSWORD, "nuova-password-sicura", "nuova-password-sicura");
        assertThat(accounts.isCurrentAccountActive()).as("the session that changed it stays").isTrue();
        assertThat(accounts.myAdministration()).isNotNull();

        var changed = org.springframework.security.core.context.SecurityContextHolder.getContext();
        changed.setAuthentication(otherSession);
        assertThat(accounts.isCurrentAccountActive()).as("a session opened before the change ends").isFalse();
        assertThatThrownBy(() -> accounts.myAdministration()).isInstanceOf(AccessDeniedException.class);
        TestUsers.logout();
        assertThat(accounts.checkResetToken(link)).isEqualTo(TokenOutcome.USED);
    }

    @Test
    void a_name_with_a_lone_surrogate_is_refused_next_to_the_field_instead_of_stored_as_a_question_mark() {
        var request = new RegistrationRequest(uniqueEmail(), "Paola \uD83D Verdi", GOOD_PASSWORD, GOOD_PASSWORD, true,
                null, "Comune \uDE00 di Prova", AdministrationType.COMUNE, Region.LAZIO, SizeBand.SMALL, uniqueIpa(), "it");
        assertThatThrownBy(() -> accounts.register(request)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("fullName", "validation.text.invalid")
                        .containsEntry("administrationName", "validation.text.invalid"));
    }

    @Test
    void the_chosen_language_is_remembered_per_user() {
        TestUsers.loginAs(context, TestUsers.TRAINER);
        accounts.changeLocale(java.util.Locale.ENGLISH);
        assertThat(accounts.currentUser().orElseThrow().locale().getLanguage()).isEqualTo("en");
        accounts.changeLocale(java.util.Locale.ITALIAN);
        assertThat(accounts.currentUser().orElseThrow().locale().getLanguage()).isEqualTo("it");
    }
}
