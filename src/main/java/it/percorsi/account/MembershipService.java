package it.percorsi.account;

import it.percorsi.account.AccountToken.Purpose;
import it.percorsi.account.MembershipEvents.ColleagueInvited;
import it.percorsi.account.MembershipEvents.JoinDecided;
import it.percorsi.account.MembershipEvents.JoinRequested;
import it.percorsi.account.MembershipEvents.Recipient;
import it.percorsi.base.FieldErrors;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may belong to an administration. Joining an existing administration needs the consent of
 * someone who already belongs to it: its active referents, or the Department's ADMINs when it
 * has none. Referents may also invite colleagues (an invitation is consent). Every change is
 * written to the administration's membership history.
 */
@Service
public class MembershipService {

    private final UserAccountRepository users;
    private final AdministrationRepository administrations;
    private final MembershipEventRepository history;
    private final TokenService tokens;
    private final ApplicationEventPublisher events;
    private final AccountProperties properties;
    private final BaseUrl baseUrl;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    MembershipService(UserAccountRepository users, AdministrationRepository administrations,
                      MembershipEventRepository history, TokenService tokens, ApplicationEventPublisher events,
                      AccountProperties properties, CurrentUserProvider currentUser, Clock clock,
                      BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
        this.users = users;
        this.administrations = administrations;
        this.history = history;
        this.tokens = tokens;
        this.events = events;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Requests the caller may decide: their own administration's, or (ADMIN) those of administrations with no referent. */
    @PreAuthorize("hasAnyRole('REFERENT','ADMIN')")
    @Transactional(readOnly = true)
    public List<JoinRequest> pendingRequests() {
        return users.findByStatusOrderByCreatedAtAsc(AccountStatus.AWAITING_APPROVAL).stream()
                .filter(u -> u.getRequestedAdministration() != null && mayDecide(u.getRequestedAdministration()))
                .map(u -> new JoinRequest(u.getId(), u.getEmail(), u.getFullName(), u.getRequestedAdministration().getId(),
                        u.getRequestedAdministration().getName(), u.getCreatedAt()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('REFERENT','ADMIN')")
    @Transactional
    public void approve(Long userId) {
        UserAccount applicant = decidable(userId);
        Administration administration = applicant.getRequestedAdministration();
        applicant.setAdministration(administration);
        applicant.setRequestedAdministration(null);
        applicant.setStatus(AccountStatus.ACTIVE);
        record(administration, MembershipChange.APPROVED, applicant);
        events.publishEvent(new JoinDecided(applicant.getEmail(), applicant.getLocale(), administration.getName(), true,
                baseUrl.absolute(AccountRoutes.LOGIN)));
    }

    /** Refuses a request; the applicant's account is removed so the address can register again. */
    @PreAuthorize("hasAnyRole('REFERENT','ADMIN')")
    @Transactional
    public void refuse(Long userId) {
        UserAccount applicant = decidable(userId);
        Administration administration = applicant.getRequestedAdministration();
        record(administration, MembershipChange.REFUSED, applicant);
        events.publishEvent(new JoinDecided(applicant.getEmail(), applicant.getLocale(), administration.getName(), false,
                baseUrl.absolute(AccountRoutes.REGISTER)));
        tokens.deleteAllOf(applicant.getId());
        users.delete(applicant);
    }

    /** A referent invites a colleague into their own administration. */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional
    public void inviteColleague(String rawEmail) {
        String email = EmailAddress.normalise(rawEmail);
        if (email == null || email.isEmpty()) {
            throw FieldErrors.of("email", "validation.required");
        } else if (!EmailAddress.isValid(email)) {
            throw FieldErrors.of("email", "validation.email.format");
        } else if (users.existsByEmail(email)) {
            throw FieldErrors.of("email", "validation.email.duplicate");
        }
        CurrentUser me = currentUser.require();
        Administration administration = administrations.findById(currentUser.requireAdministrationId()).orElseThrow();
        UserAccount invited = users.save(new UserAccount(email, null, Role.REFERENT, AccountStatus.INVITED,
                me.locale().getLanguage(), administration, clock.instant()));
        history.save(new MembershipEvent(administration.getId(), MembershipChange.INVITED, email, null,
                actorName(me), clock.instant()));
        String token = tokens.issue(Purpose.INVITE, invited.getId(), properties.invitationTtl());
        events.publishEvent(new ColleagueInvited(email, invited.getLocale(), administration.getName(),
                actorName(me), baseUrl.absolute(AccountRoutes.invitation(token))));
    }

    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public List<MemberSummary> colleagues() {
        return users.findByAdministrationIdOrderByFullNameAsc(currentUser.requireAdministrationId()).stream()
                .map(u -> new MemberSummary(u.getId(), u.getEmail(), u.getFullName(), u.getStatus())).toList();
    }

    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public List<MembershipHistoryEntry> history() {
        return history.findTop200ByAdministrationIdOrderByOccurredAtDescIdDesc(currentUser.requireAdministrationId())
                .stream().map(MembershipEvent::toEntry).toList();
    }

    // ---- called by AccountService inside its transactions -------------------------------------

    /** The applicant proved their address: the request becomes visible and the approvers are told. */
    void requestProven(UserAccount applicant) {
        Administration administration = applicant.getRequestedAdministration();
        applicant.setStatus(AccountStatus.AWAITING_APPROVAL);
        record(administration, MembershipChange.REQUESTED, applicant);
        List<Recipient> approvers = approvers(administration).stream()
                .map(u -> new Recipient(u.getEmail(), u.getLocale())).toList();
        events.publishEvent(new JoinRequested(approvers, applicant.getFullName(), applicant.getEmail(),
                administration.getName(), baseUrl.absolute(AccountRoutes.MEMBERS)));
    }

    void founded(UserAccount founder) {
        record(founder.getAdministration(), MembershipChange.FOUNDED, founder);
    }

    void invitationAccepted(UserAccount member) {
        if (member.getRole() == Role.REFERENT && member.getAdministration() != null) {
            record(member.getAdministration(), MembershipChange.JOINED, member);
        }
    }

    private List<UserAccount> approvers(Administration administration) {
        List<UserAccount> referents = users.findByAdministrationIdAndRoleAndStatus(administration.getId(),
                Role.REFERENT, AccountStatus.ACTIVE);
        return referents.isEmpty() ? users.findByRoleAndStatus(Role.ADMIN, AccountStatus.ACTIVE) : referents;
    }

    private boolean mayDecide(Administration administration) {
        CurrentUser me = currentUser.require();
        if (me.role() == Role.REFERENT) {
            return administration.getId().equals(me.administrationId());
        }
        return me.role() == Role.ADMIN && users.findByAdministrationIdAndRoleAndStatus(administration.getId(),
                Role.REFERENT, AccountStatus.ACTIVE).isEmpty();
    }

    /** A request the caller may not decide answers exactly like a missing one. */
    private UserAccount decidable(Long userId) {
        return users.findById(userId == null ? -1L : userId)
                .filter(u -> u.getStatus() == AccountStatus.AWAITING_APPROVAL && u.getRequestedAdministration() != null)
                .filter(u -> mayDecide(u.getRequestedAdministration()))
                .orElseThrow(() -> new NoSuchElementException("No such join request"));
    }

    private void record(Administration administration, MembershipChange kind, UserAccount member) {
        CurrentUser actor = currentUser.get().orElse(null);
        history.save(new MembershipEvent(administration.getId(), kind, member.getEmail(), member.getFullName(),
                actor == null ? null : actorName(actor), clock.instant()));
    }

    private static String actorName(CurrentUser user) {
        return user.fullName() == null ? user.email() : user.fullName();
    }
}
