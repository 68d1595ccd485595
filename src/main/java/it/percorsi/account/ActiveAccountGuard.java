package it.percorsi.account;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Ends the session of an account that an ADMIN disabled while it was logged in: checked at
 * every navigation, so a disabled user cannot keep working in an already open session.
 */
@Component
class ActiveAccountGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUserProvider currentUser;
    private final AuthenticationContext authentication;

    ActiveAccountGuard(AccountService accounts, CurrentUserProvider currentUser, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (currentUser.get().isPresent() && !accounts.isCurrentAccountActive()) {
                authentication.logout();
            }
        }));
    }
}
