package it.percorsi.account;

import it.percorsi.account.AccountToken.Purpose;
import it.percorsi.account.security.LoginThrottle;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.WellFormedText;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration, verification, password reset, invitations and account administration.
 * Methods reachable by anonymous visitors never reveal whether an e-mail is registered.
 */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final AdministrationRepository administrations;
    private final TokenService tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final AccountProperties properties;
    private final CurrentUserProvider currentUser;
    private final MembershipService membership;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final BaseUrl baseUrl;
    private final TransactionTemplate transactions;

    AccountService(UserAccountRepository users, AdministrationRepository administrations, TokenService tokens,
                   PasswordEncoder passwordEncoder, ApplicationEventPublisher events, AccountProperties properties,
                   CurrentUserProvider currentUser, MembershipService membership, LoginThrottle throttle, Clock clock,
                   BaseUrl baseUrl, PlatformTransactionManager transactionManager) {
        this.baseUrl = baseUrl;
        this.transactions = new TransactionTemplate(transactionManager);
        this.users = users;
        this.administrations = administrations;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.properties = properties;
        this.currentUser = currentUser;
        this.membership = membership;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Administrations matching a name or IPA code, for the registration picker (public data). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<AdministrationSummary> searchAdministrations(String filter, int limit) {
        String f = filter == null ? "" : filter.trim();
        return administrations
                .findByNameContainingIgnoreCaseOrIpaCodeContainingIgnoreCaseOrderByNameAsc(f, f,
                        PageRequest.of(0, Math.max(1, Math.min(limit, 50))))
                .stream().map(AdministrationSummary::of).toList();
    }

    /**
     * Registers a referent, or (same answer) mails the owner of an already registered address.
     * Once the request is valid the answer never comes before {@code registration-min-duration}:
     * the two branches do different work, and their time must not reveal which one ran. The
     * padding happens after the transaction, holding no database connection.
     */
    @PreAuthorize("permitAll()")
    public void register(RegistrationRequest request) {
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> registerInTransaction(request));
        long remaining = properties.registrationMinDuration().toNanos() - (System.nanoTime() - start);
        if (remaining > 0) {
            try {
                java.util.concurrent.TimeUnit.NANOSECONDS.sleep(remaining);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void registerInTransaction(RegistrationRequest request) {
        FieldErrors.Builder errors = new FieldErrors.Builder();
        String email = EmailAddress.normalise(request.email());
        if (email == null || email.isEmpty()) {
            errors.add("email", "validation.required");
        } else if (!EmailAddress.isValid(email)) {
            errors.add("email", "validation.email.format");
        }
        validateName(request.fullName(), errors);
        validatePassword(request.password(), request.passwordConfirmation(), email, errors);
        Administration administration = null;
        if (request.createsAdministration()) {
            administration = validateNewAdministration(request, errors);
        } else if (request.existingAdministrationId() == null) {
            errors.add("administration", "validation.administration.required");
        } else {
            administration = administrations.findById(request.existingAdministrationId()).orElse(null);
            if (administration == null) {
                errors.add("administration", "validation.administration.unknown");
            }
        }
        errors.throwIfAny();

        String locale = localeOrDefault(request.locale());
        // Hash on both branches: the slow part of the work must not tell a registered address from a new one.
        String passwordHash = passwordEncoder.encode(request.password());
        Optional<UserAccount> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            // Same visible outcome as a new registration; the owner learns of the attempt by e-mail.
            events.publishEvent(new RegistrationRepeated(email, existing.get().getLocale(),
                    baseUrl.absolute(AccountRoutes.FORGOT_PASSWORD)));
            return;
        }
        boolean founds = administration.getId() == null;
        if (founds) {
            administration = administrations.save(administration);
        }
        // Joining an existing administration needs consent: until then the account belongs to none.
        UserAccount user = new UserAccount(email, request.fullName().trim(), Role.REFERENT, AccountStatus.UNVERIFIED,
                locale, founds ? administration : null, clock.instant());
        if (!founds) {
            user.setRequestedAdministration(administration);
        }
        user.setPasswordHash(passwordHash);
        users.save(user);
        if (founds) {
            membership.founded(user);
        }
        String token = tokens.issue(Purpose.VERIFY, user.getId(), properties.verificationTtl());
        events.publishEvent(new ReferentRegistered(email, user.getFullName(), locale,
                baseUrl.absolute(AccountRoutes.verifyEmail(token))));
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public TokenOutcome verifyEmail(String token) {
        TokenService.Consumed consumed = tokens.consume(Purpose.VERIFY, token);
        if (consumed.outcome() == TokenOutcome.OK) {
            UserAccount user = users.findById(consumed.userId()).orElseThrow();
            addressProven(user);
            if (user.getStatus() == AccountStatus.AWAITING_APPROVAL) {
                return TokenOutcome.AWAITING_APPROVAL;
            }
        }
        return consumed.outcome();
    }

    /** Following a link sent to the address proves it: the account becomes active, or its join request is filed. */
    private void addressProven(UserAccount user) {
        if (user.getStatus() != AccountStatus.UNVERIFIED) {
            return;
        }
        if (user.getRequestedAdministration() != null) {
            membership.requestProven(user);
        } else {
            user.setStatus(AccountStatus.ACTIVE);
        }
    }

    /** Always behaves the same for the caller; a mail goes out only for an existing, usable account. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestPasswordReset(String rawEmail) {
        String email = EmailAddress.normalise(rawEmail);
        if (!EmailAddress.isValid(email)) {
            throw FieldErrors.of("email", "validation.email.format");
        }
        users.findByEmail(email)
                .filter(u -> u.getStatus() == AccountStatus.ACTIVE || u.getStatus() == AccountStatus.UNVERIFIED
                        || u.getStatus() == AccountStatus.AWAITING_APPROVAL)
                .ifPresent(u -> {
                    String token = tokens.issue(Purpose.RESET, u.getId(), properties.resetTtl());
                    events.publishEvent(new PasswordResetRequested(u.getEmail(), u.getLocale(),
                            baseUrl.absolute(AccountRoutes.resetPassword(token))));
                });
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public TokenOutcome checkResetToken(String token) {
        return tokens.peek(Purpose.RESET, token).outcome();
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public TokenOutcome resetPassword(String token, String password, String confirmation) {
        TokenService.Consumed peeked = tokens.peek(Purpose.RESET, token);
        if (peeked.outcome() != TokenOutcome.OK) {
            return peeked.outcome();
        }
        UserAccount user = users.findById(peeked.userId()).orElseThrow();
        FieldErrors.Builder errors = new FieldErrors.Builder();
        validatePassword(password, confirmation, user.getEmail(), errors);
        errors.throwIfAny();
        tokens.consume(Purpose.RESET, token);
        passwordChanged(user, password);
        // Following a link sent to the address proves it, so a reset also verifies the account.
        addressProven(user);
        // The owner proved control of the address: a lock others caused on it ends now.
        throttle.lift(user.getEmail());
        return TokenOutcome.OK;
    }

    /**
     * The logged-in user changes their password. Older reset links stop working and every other
     * session of the account ends; the session making the change stays open.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String password, String confirmation) {
        UserAccount user = users.findById(currentUser.require().id()).orElseThrow();
        // every problem at once: a wrong current password together with the new one's length and mismatch
        FieldErrors.Builder errors = new FieldErrors.Builder();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add("currentPassword", "validation.required");
        } else if (user.getPasswordHash() == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            errors.add("currentPassword", "validation.password.current");
        }
        validatePassword(password, confirmation, user.getEmail(), errors);
        errors.throwIfAny();
        passwordChanged(user, password);
        currentUser.keepCurrentSession(user.getSessionEpoch());
    }

    private void passwordChanged(UserAccount user, String password) {
        user.setPasswordHash(passwordEncoder.encode(password));
        tokens.voidOutstanding(Purpose.RESET, user.getId());
        user.endOtherSessions();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void invite(String rawEmail, Role role) {
        FieldErrors.Builder errors = new FieldErrors.Builder();
        String email = EmailAddress.normalise(rawEmail);
        if (email == null || email.isEmpty()) {
            errors.add("email", "validation.required");
        } else if (!EmailAddress.isValid(email)) {
            errors.add("email", "validation.email.format");
        } else if (users.existsByEmail(email)) {
            errors.add("email", "validation.email.duplicate");
        }
        if (role == null) {
            errors.add("role", "validation.required");
        } else if (!role.isStaff()) {
            errors.add("role", "validation.role.staffOnly");
        }
        errors.throwIfAny();
        CurrentUser admin = currentUser.require();
        UserAccount user = new UserAccount(email, null, role, AccountStatus.INVITED, admin.locale().getLanguage(),
                null, clock.instant());
        users.save(user);
        String token = tokens.issue(Purpose.INVITE, user.getId(), properties.invitationTtl());
        events.publishEvent(new StaffInvited(email, role, user.getLocale(),
                baseUrl.absolute(AccountRoutes.invitation(token)), admin.fullName()));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public TokenOutcome checkInvitation(String token) {
        return tokens.peek(Purpose.INVITE, token).outcome();
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public TokenOutcome acceptInvitation(String token, String fullName, String password, String confirmation) {
        TokenService.Consumed peeked = tokens.peek(Purpose.INVITE, token);
        if (peeked.outcome() != TokenOutcome.OK) {
            return peeked.outcome();
        }
        UserAccount user = users.findById(peeked.userId()).orElseThrow();
        FieldErrors.Builder errors = new FieldErrors.Builder();
        validateName(fullName, errors);
        validatePassword(password, confirmation, user.getEmail(), errors);
        errors.throwIfAny();
        tokens.consume(Purpose.INVITE, token);
        user.setFullName(fullName.trim());
        user.setPasswordHash(passwordEncoder.encode(password));
        if (user.getStatus() == AccountStatus.INVITED) {
            user.setStatus(AccountStatus.ACTIVE);
            membership.invitationAccepted(user);
        }
        return TokenOutcome.OK;
    }

    /** Sends a new invitation link to a staff member who has not accepted yet (e.g. the first mail was lost). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resendInvitation(Long userId) {
        UserAccount user = users.findById(userId).filter(u -> u.getStatus() == AccountStatus.INVITED)
                .orElseThrow(() -> new AccessDeniedException("No pending invitation"));
        CurrentUser admin = currentUser.require();
        String token = tokens.issue(Purpose.INVITE, user.getId(), properties.invitationTtl());
        events.publishEvent(new StaffInvited(user.getEmail(), user.getRole(), user.getLocale(),
                baseUrl.absolute(AccountRoutes.invitation(token)), admin.fullName()));
    }

    /** Changes the role of a staff account; referents belong to an administration and keep their role. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRole(Long userId, Role role) {
        CurrentUser admin = currentUser.require();
        FieldErrors.Builder errors = new FieldErrors.Builder();
        if (role == null) {
            errors.add("role", "validation.required");
        } else if (!role.isStaff()) {
            errors.add("role", "validation.role.staffOnly");
        }
        errors.throwIfAny();
        if (admin.id().equals(userId)) {
            throw new AccessDeniedException("An administrator cannot change their own role");
        }
        UserAccount user = users.findById(userId).filter(u -> u.getRole().isStaff())
                .orElseThrow(() -> new AccessDeniedException("Not a staff account"));
        user.setRole(role);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        return users.findAll(org.springframework.data.domain.Sort.by("email")).stream()
                .map(u -> new UserSummary(u.getId(), u.getEmail(), u.getFullName(), u.getRole(), u.getStatus(),
                        u.getAdministration() == null ? null : u.getAdministration().getName()))
                .toList();
    }

    /** Disables or re-enables an account. An ADMIN cannot lock themselves out. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(Long userId, boolean enabled) {
        CurrentUser admin = currentUser.require();
        if (admin.id().equals(userId)) {
            throw new AccessDeniedException("An administrator cannot disable their own account");
        }
        UserAccount user = users.findById(userId).orElseThrow();
        if (enabled && user.getStatus() == AccountStatus.DISABLED) {
            user.setStatus(user.getPasswordHash() == null ? AccountStatus.INVITED : AccountStatus.ACTIVE);
        } else if (!enabled) {
            user.setStatus(AccountStatus.DISABLED);
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeLocale(Locale locale) {
        CurrentUser me = currentUser.require();
        users.findById(me.id()).orElseThrow().setLocale(localeOrDefault(locale.getLanguage()));
    }

    /** The logged-in user changes the name shown to colleagues and staff. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeName(String fullName) {
        FieldErrors.Builder errors = new FieldErrors.Builder();
        validateName(fullName, errors);
        errors.throwIfAny();
        users.findById(currentUser.require().id()).orElseThrow().setFullName(fullName.trim());
    }

    /** The referents of the logged-in referent's administration, the user included, by name. */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public List<UserSummary> myAdministrationReferents() {
        return users.findByAdministrationIdOrderByFullNameAsc(currentUser.requireAdministrationId()).stream()
                .map(u -> new UserSummary(u.getId(), u.getEmail(), u.getFullName(), u.getRole(), u.getStatus(),
                        u.getAdministration().getName()))
                .toList();
    }

    /**
     * False once an ADMIN has disabled the logged-in account or its password changed in another
     * session: this session must end.
     */
    @Transactional(readOnly = true)
    public boolean isCurrentAccountActive() {
        return currentUser.isSessionValid();
    }

    /** The logged-in user with fresh data from the database, or empty for an anonymous visitor. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> currentUser() {
        return currentUser.get().flatMap(p -> users.findById(p.id())).map(AccountService::toCurrentUser);
    }

    @PreAuthorize("hasAnyRole('HELPDESK','TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AdministrationSummary> findAdministration(Long id) {
        return administrations.findById(id).map(AdministrationSummary::of);
    }

    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public AdministrationSummary myAdministration() {
        Long id = currentUser.require().administrationId();
        return administrations.findById(id).map(AdministrationSummary::of).orElseThrow();
    }

    static CurrentUser toCurrentUser(UserAccount u) {
        return new CurrentUser(u.getId(), u.getEmail(), u.getFullName(), u.getRole(),
                u.getAdministration() == null ? null : u.getAdministration().getId(),
                Locale.forLanguageTag(u.getLocale()));
    }

    private void validateName(String fullName, FieldErrors.Builder errors) {
        if (!WellFormedText.check("fullName", fullName, errors)) {
            return;
        }
        if (fullName == null || fullName.isBlank()) {
            errors.add("fullName", "validation.required");
        } else if (fullName.trim().length() > UserAccount.NAME_MAX_LENGTH) {
            errors.add("fullName", "validation.tooLong");
        }
    }

    private void validatePassword(String password, String confirmation, String email, FieldErrors.Builder errors) {
        String violation = PasswordPolicy.violation(password, email);
        if (violation != null) {
            errors.add("password", violation);
        }
        // reported together with a length error, so one submit shows everything to fix
        if (confirmation != null && !confirmation.equals(password == null ? "" : password)) {
            errors.add("passwordConfirmation", "validation.password.mismatch");
        }
    }

    private Administration validateNewAdministration(RegistrationRequest r, FieldErrors.Builder errors) {
        String name = r.newAdministrationName() == null ? "" : r.newAdministrationName().trim();
        if (!WellFormedText.isWellFormed(name)) {
            errors.add("administrationName", WellFormedText.MESSAGE_KEY);
        } else if (name.isEmpty()) {
            errors.add("administrationName", "validation.required");
        } else if (name.length() > Administration.NAME_MAX_LENGTH) {
            errors.add("administrationName", "validation.tooLong");
        }
        if (r.newAdministrationType() == null) {
            errors.add("administrationType", "validation.required");
        }
        if (r.newAdministrationRegion() == null) {
            errors.add("administrationRegion", "validation.required");
        }
        if (r.newAdministrationSize() == null) {
            errors.add("administrationSize", "validation.required");
        }
        String ipa = normaliseIpa(r.newAdministrationIpaCode());
        if (ipa != null) {
            if (!Administration.IPA_PATTERN.matcher(ipa).matches()) {
                errors.add("ipaCode", "validation.ipa.format");
            } else if (administrations.existsByIpaCode(ipa)) {
                // Registering it again would bypass its referents' consent: point to "request to join".
                errors.add("ipaCode", "validation.ipa.registered");
            }
        }
        return new Administration(name, r.newAdministrationType(), r.newAdministrationRegion(),
                r.newAdministrationSize(), ipa, clock.instant());
    }

    static String normaliseIpa(String ipa) {
        return ipa == null || ipa.isBlank() ? null : ipa.trim().toLowerCase(Locale.ROOT);
    }

    static String localeOrDefault(String language) {
        return "en".equalsIgnoreCase(language) ? "en" : "it";
    }
}
