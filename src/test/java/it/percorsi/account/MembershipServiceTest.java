package it.percorsi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.PercorsiTest;
import it.percorsi.TestMails;
import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.base.FieldErrors;
import it.percorsi.path.PathService;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@PercorsiTest
class MembershipServiceTest {

    static final String PASSWORD = "una-password-lunga-1";

    @Autowired AccountService accounts;
    @Autowired MembershipService membership;
    @Autowired PathService paths;
    @Autowired AssessmentService assessments;
    @Autowired ApplicationContext context;
    @Autowired UserDetailsService userDetails;

    @BeforeEach
    void anonymous() {
        TestUsers.anonymousOutsideVaadin();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    static String uniqueEmail() {
        return "collega-" + UUID.randomUUID().toString().substring(0, 8) + "@comune.example.it";
    }

    private Long demoComune() {
        return accounts.searchAdministrations("c_demo1", 1).getFirst().id();
    }

    /** Registers to join an administration and follows the verification link. */
    private TokenOutcome requestToJoin(String email, Long administrationId) {
        accounts.register(new RegistrationRequest(email, "Nuovo Collega", PASSWORD, PASSWORD, false,
                administrationId, null, null, null, null, null, "it"));
        return accounts.verifyEmail(TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow()));
    }

    private JoinRequest pendingOf(String email) {
        return membership.pendingRequests().stream().filter(r -> r.email().equals(email)).findFirst().orElseThrow();
    }

    @Test
    void joining_an_existing_administration_waits_for_a_referent_and_sees_nothing_until_then() {
        String email = uniqueEmail();
        int referentMails = TestMails.to(context, TestUsers.REFERENT).size();

        assertThat(requestToJoin(email, demoComune())).isEqualTo(TokenOutcome.AWAITING_APPROVAL);

        assertThat(userDetails.loadUserByUsername(email).isEnabled()).as("cannot log in yet").isFalse();
        var toReferent = TestMails.to(context, TestUsers.REFERENT);
        assertThat(toReferent).hasSize(referentMails + 1);
        assertThat(toReferent.getFirst().body()).contains(email, "/colleghi");

        // even with a session (forged or left over), every service refuses the pending account
        TestUsers.loginAs(context, email);
        assertThatThrownBy(() -> accounts.myAdministration()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> paths.currentPath()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> paths.history(10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.draft()).isInstanceOf(AccessDeniedException.class);

        TestUsers.loginAs(context, TestUsers.REFERENT);
        membership.approve(pendingOf(email).userId());
        assertThat(membership.colleagues()).extracting(MemberSummary::email).contains(email);
        assertThat(membership.history()).extracting(MembershipHistoryEntry::kind, MembershipHistoryEntry::memberEmail)
                .contains(org.assertj.core.groups.Tuple.tuple(MembershipChange.REQUESTED, email),
                        org.assertj.core.groups.Tuple.tuple(MembershipChange.APPROVED, email));
        assertThat(TestMails.latestTo(context, email).orElseThrow().subject()).contains("Borgo Esempio");

        TestUsers.loginAs(context, email);
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isTrue();
        assertThat(accounts.myAdministration().id()).isEqualTo(demoComune());
    }

    @Test
    void a_referent_of_another_administration_neither_sees_nor_decides_the_request() {
        String email = uniqueEmail();
        requestToJoin(email, demoComune());
        TestUsers.loginAs(context, TestUsers.REFERENT);
        Long id = pendingOf(email).userId();

        TestUsers.loginAs(context, TestUsers.OTHER_REFERENT);
        assertThat(membership.pendingRequests()).extracting(JoinRequest::email).doesNotContain(email);
        assertThatThrownBy(() -> membership.approve(id)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> membership.refuse(id)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> membership.approve(Long.MAX_VALUE)).isInstanceOf(NoSuchElementException.class)
                .as("a foreign request answers like a missing one");
        // an ADMIN decides only for administrations without referents
        TestUsers.loginAs(context, TestUsers.ADMIN);
        assertThatThrownBy(() -> membership.approve(id)).isInstanceOf(NoSuchElementException.class);
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThatThrownBy(() -> membership.pendingRequests()).isInstanceOf(AccessDeniedException.class);
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isFalse();
    }

    @Test
    void a_refused_request_removes_the_account_and_stays_in_the_history() {
        String email = uniqueEmail();
        requestToJoin(email, demoComune());
        TestUsers.loginAs(context, TestUsers.REFERENT);
        membership.refuse(pendingOf(email).userId());

        assertThat(membership.pendingRequests()).extracting(JoinRequest::email).doesNotContain(email);
        assertThat(membership.history()).extracting(MembershipHistoryEntry::kind, MembershipHistoryEntry::memberEmail)
                .contains(org.assertj.core.groups.Tuple.tuple(MembershipChange.REFUSED, email));
        assertThat(TestMails.latestTo(context, email).orElseThrow().subject()).contains("non approvata");
        TestUsers.logout();
        assertThatThrownBy(() -> userDetails.loadUserByUsername(email))
                .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
    }

    @Test
    void requests_for_an_administration_without_referents_go_to_the_admins() {
        String founder = uniqueEmail();
        String ipa = "c_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        // the founder never confirms the address, so the administration has no active referent
        accounts.register(new RegistrationRequest(founder, "Fondatore", PASSWORD, PASSWORD, true, null,
                "Comune di Nessuno " + ipa, AdministrationType.COMUNE, Region.MOLISE, SizeBand.MICRO, ipa, "it"));
        Long administrationId = accounts.searchAdministrations(ipa, 1).getFirst().id();
        int adminMails = TestMails.to(context, TestUsers.ADMIN).size();

        String email = uniqueEmail();
        requestToJoin(email, administrationId);
        assertThat(TestMails.to(context, TestUsers.ADMIN)).hasSize(adminMails + 1);

        TestUsers.loginAs(context, TestUsers.ADMIN);
        membership.approve(pendingOf(email).userId());
        TestUsers.loginAs(context, email);
        assertThat(accounts.myAdministration().id()).isEqualTo(administrationId);
    }

    @Test
    void a_referent_invites_a_colleague_who_joins_without_further_consent() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        String email = uniqueEmail();
        membership.inviteColleague(email);
        assertThatThrownBy(() -> membership.inviteColleague(email)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("email", "validation.email.duplicate"));
        TestUsers.logout();

        String token = TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow());
        assertThat(accounts.acceptInvitation(token, "Collega Invitata", PASSWORD, PASSWORD)).isEqualTo(TokenOutcome.OK);
        TestUsers.loginAs(context, email);
        assertThat(accounts.myAdministration().id()).isEqualTo(demoComune());
        assertThat(membership.history()).extracting(MembershipHistoryEntry::kind, MembershipHistoryEntry::memberEmail)
                .contains(org.assertj.core.groups.Tuple.tuple(MembershipChange.INVITED, email),
                        org.assertj.core.groups.Tuple.tuple(MembershipChange.JOINED, email));
    }

    @Test
    void registering_an_already_registered_administration_again_points_to_a_request_to_join() {
        var request = new RegistrationRequest(uniqueEmail(), "Furbo", PASSWORD, PASSWORD, true, null,
                "Comune di Borgo Esempio bis", AdministrationType.COMUNE, Region.TOSCANA, SizeBand.MEDIUM, "C_DEMO1", "it");
        assertThatThrownBy(() -> accounts.register(request)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("ipaCode", "validation.ipa.registered"));
    }
}
