package it.percorsi.account;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import it.percorsi.base.LocaleChosen;
import it.percorsi.base.i18n.TranslationProvider;
import it.percorsi.base.ui.LanguageSwitch;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Picks each UI's language: the logged-in user's saved choice, else the visitor's choice in this
 * session, else Italian. Persists the choice of a logged-in user.
 */
@Component
class LocaleSupport implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUserProvider currentUser;

    LocaleSupport(AccountService accounts, CurrentUserProvider currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(resolve()));
    }

    Locale resolve() {
        if (currentUser.get().isPresent()) {
            return accounts.currentUser().map(CurrentUser::locale).map(TranslationProvider::supported)
                    .orElse(TranslationProvider.ITALIAN);
        }
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(LanguageSwitch.SESSION_ATTRIBUTE);
        return chosen instanceof Locale l ? l : TranslationProvider.ITALIAN;
    }

    @EventListener
    void on(LocaleChosen event) {
        if (currentUser.get().isPresent()) {
            accounts.changeLocale(event.locale());
        }
    }
}
