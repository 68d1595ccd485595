package it.percorsi.base;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.base.i18n.TranslationProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every feature bundle has the same keys in Italian and English, and valid MessageFormat text. */
class I18nBundlesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/" + name + ".properties")) {
            if (in == null) {
                return null;
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void italian_and_english_bundles_have_the_same_keys() throws IOException {
        int checked = 0;
        for (String bundle : TranslationProvider.bundleNames()) {
            Properties it = load(bundle);
            Properties en = load(bundle + "_en");
            if (it == null && en == null) {
                continue;
            }
            assertThat(it).as(bundle + ".properties exists").isNotNull();
            assertThat(en).as(bundle + "_en.properties exists").isNotNull();
            assertThat(en.stringPropertyNames()).as("keys of " + bundle + "_en")
                    .containsExactlyInAnyOrderElementsOf(it.stringPropertyNames());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(1);
    }

    @Test
    void apostrophes_are_doubled_for_message_format() throws IOException {
        for (String bundle : TranslationProvider.bundleNames()) {
            for (String suffix : new String[] {"", "_en"}) {
                Properties p = load(bundle + suffix);
                if (p == null) {
                    continue;
                }
                p.forEach((k, v) -> assertThat(LONE_APOSTROPHE.matcher(v.toString()).find())
                        .as(bundle + suffix + ": " + k + " has a single apostrophe (write '')").isFalse());
            }
        }
    }

    @Test
    void italian_is_the_default_and_english_is_available() {
        assertThat(TranslationProvider.translate("layout.logout", Locale.ITALIAN)).isEqualTo("Esci");
        assertThat(TranslationProvider.translate("layout.logout", Locale.GERMAN)).isEqualTo("Esci");
        assertThat(TranslationProvider.translate("layout.logout", Locale.ENGLISH)).isEqualTo("Log out");
        assertThat(TranslationProvider.translate("region.VALLE_D_AOSTA", Locale.ITALIAN)).isEqualTo("Valle d'Aosta");
        assertThat(TranslationProvider.translate("no.such.key", Locale.ITALIAN)).isEqualTo("!no.such.key");
    }

    /** Counts agree with their noun through ICU-style choice messages, in both languages. */
    @Test
    void plurals_reading_time_and_the_password_label_read_naturally_in_each_language() {
        assertThat(TranslationProvider.translate("content.feedback.summary", Locale.ITALIAN, 2, 1))
                .isEqualTo("2 utili, 1 non utile");
        assertThat(TranslationProvider.translate("content.feedback.summary", Locale.ITALIAN, 1, 0))
                .isEqualTo("1 utile, 0 non utili");
        assertThat(TranslationProvider.translate("content.feedback.summary", Locale.ENGLISH, 2, 1))
                .isEqualTo("2 useful, 1 not useful");
        assertThat(TranslationProvider.translate("content.readingTime", Locale.ENGLISH, 6)).isEqualTo("6 min read");
        assertThat(TranslationProvider.translate("content.readingTime", Locale.ENGLISH, 1)).isEqualTo("1 min read");
        assertThat(TranslationProvider.translate("content.readingTime", Locale.ITALIAN, 6)).isEqualTo("6 minuti di lettura");
        assertThat(TranslationProvider.translate("content.readingTime", Locale.ITALIAN, 1)).isEqualTo("1 minuto di lettura");
        assertThat(TranslationProvider.translate("content.library.count", Locale.ITALIAN, 2)).isEqualTo("2 guide");
        assertThat(TranslationProvider.translate("content.problems.warnings", Locale.ITALIAN, 2)).isEqualTo("2 avvisi");
        assertThat(TranslationProvider.translate("content.problems.warnings", Locale.ENGLISH, 1)).isEqualTo("1 warning");
        // the password fields' reveal button (set by DocumentLanguage) follows the interface language
        assertThat(TranslationProvider.translate("layout.showPassword", Locale.ITALIAN)).isEqualTo("Mostra la password");
        assertThat(TranslationProvider.translate("layout.showPassword", Locale.ENGLISH)).isEqualTo("Show password");
    }
}
