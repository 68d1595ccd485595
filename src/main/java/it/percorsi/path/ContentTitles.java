package it.percorsi.path;

import it.percorsi.base.i18n.Localized;
import java.util.Optional;

/**
 * Titles of the guides, tools and FAQs a step links to, behind an interface so the path module's
 * tests and services do not care where they come from (the content module's published documents).
 */
public interface ContentTitles {

    Optional<Localized> guideTitle(String slug);

    Optional<Localized> toolTitle(String slug);

    Optional<Localized> faqQuestion(String slug);

    /**
     * The titles for one page that names many documents (the path page): may read every published title
     * of a kind at once, and then answers from memory. Use it for one page only, never keep it.
     */
    default ContentTitles snapshot() {
        return this;
    }
}
