package it.percorsi.account;

import it.percorsi.account.security.AccountPrincipal;
import it.percorsi.account.security.LoginThrottle;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for login; a throttled address comes back locked, before any password check. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final LoginThrottle throttle;

    AccountUserDetailsService(UserAccountRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount u = users.findByEmail(EmailAddress.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
        return new AccountPrincipal(u.getId(), u.getEmail(), u.getFullName(), u.getRole(),
                u.getAdministration() == null ? null : u.getAdministration().getId(), u.getLocale(),
                u.getPasswordHash(), u.getStatus() == AccountStatus.ACTIVE && u.getPasswordHash() != null,
                throttle.isBlocked(username, LoginThrottle.currentSource()), u.getSessionEpoch());
    }
}
