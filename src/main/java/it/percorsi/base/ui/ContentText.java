package it.percorsi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import it.percorsi.base.i18n.Localized;
import java.util.Locale;

/**
 * The one place where a text of the content library (a {@link Localized}) meets a component:
 * it sets the text of the UI language and, when an English page has to show the Italian text
 * because the file has no translation, marks the element {@code lang="it"} so screen readers
 * pronounce it in Italian.
 */
public final class ContentText {

    private ContentText() {
    }

    /** Sets the text on a component and marks its language when it differs from the page's. */
    public static <T extends Component & HasText> T set(T component, Localized text) {
        Locale locale = locale();
        component.setText(text.in(locale));
        mark(component, text, locale);
        return component;
    }

    /** A span with the text. */
    public static Span span(Localized text) {
        return set(new Span(), text);
    }

    /** The text for the current UI language (for composed messages; prefer {@link #set} on components). */
    public static String in(Localized text) {
        return text.in(locale());
    }

    /**
     * Adds to {@code container} the message {@code key} whose parameter {0} is a content text and
     * {1}... are {@code more}: the content text goes in its own span (marked {@code lang="it"} when it
     * falls back), so "Recommended because ..." stays English around an Italian reason.
     */
    public static <T extends Component & HasComponents> T fill(T container, String key, Localized text,
                                                                Object... more) {
        UI ui = UI.getCurrent();
        Object[] params = new Object[more.length + 1];
        params[0] = MARKER;
        System.arraycopy(more, 0, params, 1, more.length);
        String message = ui == null ? key : ui.getTranslation(key, params);
        int at = message.indexOf(MARKER);
        if (at < 0) {
            container.add(new Text(message));
            return container;
        }
        if (at > 0) {
            container.add(new Text(message.substring(0, at)));
        }
        container.add(span(text));
        if (at + MARKER.length() < message.length()) {
            container.add(new Text(message.substring(at + MARKER.length())));
        }
        return container;
    }

    private static final String MARKER = "\u2063\u2063";

    /** Sets {@code lang="it"} on a component holding this text when it falls back to Italian. */
    public static void mark(Component component, Localized text) {
        mark(component, text, locale());
    }

    private static void mark(Component component, Localized text, Locale locale) {
        if (text.isFallback(locale)) {
            component.getElement().setAttribute("lang", "it");
        }
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ITALIAN : ui.getLocale();
    }
}
