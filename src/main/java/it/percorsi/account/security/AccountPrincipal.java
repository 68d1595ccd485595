package it.percorsi.account.security;

import it.percorsi.account.CurrentUser;
import it.percorsi.account.Role;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated user as Spring Security holds it: a snapshot taken at login. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String email;
    private final String fullName;
    private final Role role;
    private final Long administrationId;
    private final String locale;
    private final boolean enabled;
    private final boolean locked;
    private final int sessionEpoch;
    private String passwordHash;

    public AccountPrincipal(Long id, String email, String fullName, Role role, Long administrationId, String locale,
                            String passwordHash, boolean enabled, boolean locked, int sessionEpoch) {
        this.id = id;
        this.email = email;
        this.fullName = fullName;
        this.role = role;
        this.administrationId = administrationId;
        this.locale = locale;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.sessionEpoch = sessionEpoch;
    }

    /** The same login, still valid after a password change made in this very session. */
    public AccountPrincipal withSessionEpoch(int epoch) {
        return new AccountPrincipal(id, email, fullName, role, administrationId, locale, null, enabled, locked, epoch);
    }

    public Long id() { return id; }
    public Role role() { return role; }
    public Long administrationId() { return administrationId; }
    /** The account's session epoch when this login happened; a higher value in the database ends the session. */
    public int sessionEpoch() { return sessionEpoch; }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal p && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return email; }

    @Override
    public boolean isEnabled() { return enabled; }

    @Override
    public boolean isAccountNonLocked() { return !locked; }

    /** The hash is not kept in the session once authentication is done. */
    @Override
    public void eraseCredentials() { passwordHash = null; }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, email, fullName, role, administrationId, Locale.forLanguageTag(locale));
    }
}
