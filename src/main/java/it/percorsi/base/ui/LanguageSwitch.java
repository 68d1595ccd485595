package it.percorsi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;
import it.percorsi.base.LocaleChosen;
import it.percorsi.base.i18n.TranslationProvider;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;

/** Toggles Italian / English; the choice is kept in the session and, once logged in, per user. */
public class LanguageSwitch extends Button {

    public static final String SESSION_ATTRIBUTE = "percorsi.locale";

    public LanguageSwitch(ApplicationEventPublisher events) {
        Locale current = TranslationProvider.supported(UI.getCurrent().getLocale());
        Locale other = current.equals(TranslationProvider.ENGLISH) ? TranslationProvider.ITALIAN : TranslationProvider.ENGLISH;
        setText(getTranslation("language.switch"));
        getElement().setAttribute("lang", other.getLanguage());
        getElement().setAttribute("aria-label", getTranslation("language.switch.aria"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("language-switch");
        addClickListener(e -> {
            VaadinSession.getCurrent().setAttribute(SESSION_ATTRIBUTE, other);
            VaadinSession.getCurrent().setLocale(other);
            events.publishEvent(new LocaleChosen(other));
            UI.getCurrent().getPage().reload();
        });
    }
}
