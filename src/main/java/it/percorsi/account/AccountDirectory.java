package it.percorsi.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts of active accounts, for other features' services that notify people (the help desk
 * writes to its staff and to ADMINs). Not for views: it has no method security of its own, its
 * callers are services that have already checked who is asking (or scheduled jobs).
 */
@Component
public class AccountDirectory {

    private final UserAccountRepository users;
    private final AdministrationRepository administrations;

    AccountDirectory(UserAccountRepository users, AdministrationRepository administrations) {
        this.users = users;
        this.administrations = administrations;
    }

    @Transactional(readOnly = true)
    public String administrationName(Long administrationId) {
        return administrations.findById(administrationId).map(Administration::getName).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Contact> activeWithRole(Role role) {
        return users.findByRoleAndStatusOrderByFullNameAsc(role, AccountStatus.ACTIVE).stream().map(Contact::of).toList();
    }

    /**
     * The active account with this address (normalised as everywhere, {@link EmailAddress}), as the
     * user it would be when logged in: who an incoming e-mail claims to come from.
     */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> activeByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return users.findByEmail(EmailAddress.normalise(email)).filter(u -> u.getStatus() == AccountStatus.ACTIVE)
                .map(u -> new CurrentUser(u.getId(), u.getEmail(), u.getFullName(), u.getRole(),
                        u.getAdministration() == null ? null : u.getAdministration().getId(),
                        Locale.forLanguageTag(u.getLocale())));
    }

    @Transactional(readOnly = true)
    public Optional<Contact> find(Long userId) {
        return users.findById(userId).map(Contact::of);
    }
}
