package it.percorsi.path;

import java.util.Optional;

/**
 * Titles of the guides, tools and FAQs a step links to, behind an interface so the path module's
 * tests and services do not care where they come from (the content module's published documents).
 */
public interface ContentTitles {

    Optional<String> guideTitle(String slug);

    Optional<String> toolTitle(String slug);

    Optional<String> faqQuestion(String slug);
}
