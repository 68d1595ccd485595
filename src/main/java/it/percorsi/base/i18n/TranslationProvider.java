package it.percorsi.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/** Italian by default (messages.properties), English on request (messages_en.properties). */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ITALIAN = Locale.ITALIAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(ITALIAN, ENGLISH);
    /**
     * One bundle per feature (messages = shared and account; messages-content, messages-path, ...),
     * so features can add texts without touching each other's files. First match wins.
     */
    private static final List<String> BUNDLES = List.of("messages", "messages-content", "messages-assessment",
            "messages-path", "messages-pages", "messages-helpdesk", "messages-faq", "messages-monitoring",
            "messages-toolbox", "messages-authoring");

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    public static String translate(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = supported(locale);
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, effective,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    // Every value goes through MessageFormat, so apostrophes are always written doubled ('').
                    return new MessageFormat(bundle.getString(key), effective).format(params);
                }
            } catch (MissingResourceException e) {
                // this feature has no bundle (yet)
            }
        }
        return "!" + key;
    }

    public static List<String> bundleNames() {
        return BUNDLES;
    }

    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : ITALIAN;
    }
}
