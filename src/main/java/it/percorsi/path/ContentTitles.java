package it.percorsi.path;

import java.util.Optional;

/**
 * Titles of the guides, tools and FAQs a step links to. The path module reads them through this
 * interface so the implementation can move to the content module's services once it is merged;
 * the default one reads the front matter of the files in content/.
 */
public interface ContentTitles {

    Optional<String> guideTitle(String slug);

    Optional<String> toolTitle(String slug);

    Optional<String> faqQuestion(String slug);

    /** Portal routes of the content module's reader (guide/{slug}, strumenti/{slug}). */
    static String guideRoute(String slug) {
        return "guide/" + slug;
    }

    static String toolRoute(String slug) {
        return "strumenti/" + slug;
    }
}
