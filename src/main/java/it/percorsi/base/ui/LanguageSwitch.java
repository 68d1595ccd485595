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
        Locale other = other();
        setText(getTranslation("language.switch"));
        getElement().setAttribute("lang", other.getLanguage());
        getElement().setAttribute("aria-label", getTranslation("language.switch.aria"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId(ID);
        addClickListener(e -> switchTo(other, events));
    }

    public static final String ID = "language-switch";

    /** The language the switch offers: the one the page is not in. */
    static Locale other() {
        Locale current = TranslationProvider.supported(UI.getCurrent().getLocale());
        return current.equals(TranslationProvider.ENGLISH) ? TranslationProvider.ITALIAN : TranslationProvider.ENGLISH;
    }

    /**
     * The same switch written as markup under {@code parent} (a {@code vaadin-button} with the attributes
     * the component sets), for a read-only part of the header that listens to its clicks (issue 14).
     */
    static org.jsoup.nodes.Element appendMarkup(org.jsoup.nodes.Element parent, com.vaadin.flow.component.Component context) {
        return buttonMarkup(parent, ID, context.getTranslation("language.switch")).attr("lang", other().getLanguage())
                .attr("aria-label", context.getTranslation("language.switch.aria"));
    }

    /** A tertiary {@code vaadin-button} as markup under {@code parent}, focusable before the web component upgrades. */
    static org.jsoup.nodes.Element buttonMarkup(org.jsoup.nodes.Element parent, String id, String text) {
        return parent.appendElement("vaadin-button").id(id).attr("theme", "tertiary").attr("tabindex", "0")
                .attr("role", "button").text(text);
    }

    /** Keeps the choice in the session (and for the user), then reloads the page in that language. */
    static void switchTo(Locale other, ApplicationEventPublisher events) {
        VaadinSession.getCurrent().setAttribute(SESSION_ATTRIBUTE, other);
        VaadinSession.getCurrent().setLocale(other);
        events.publishEvent(new LocaleChosen(other));
        UI.getCurrent().getPage().reload();
    }
}
