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
        String[] around = around(key, more);
        if (around.length == 1) {
            container.add(new Text(around[0]));
            return container;
        }
        if (!around[0].isEmpty()) {
            container.add(new Text(around[0]));
        }
        container.add(span(text));
        if (!around[1].isEmpty()) {
            container.add(new Text(around[1]));
        }
        return container;
    }

    /**
     * The message {@code key} with parameter {0} left out and {1}... = {@code more}: the text before and
     * after where {0} goes, or the whole message alone when it has no {0}.
     */
    static String[] around(String key, Object... more) {
        UI ui = UI.getCurrent();
        Object[] params = new Object[more.length + 1];
        params[0] = MARKER;
        System.arraycopy(more, 0, params, 1, more.length);
        String message = ui == null ? key : ui.getTranslation(key, params);
        int at = message.indexOf(MARKER);
        return at < 0 ? new String[] {message}
                : new String[] {message.substring(0, at), message.substring(at + MARKER.length())};
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
