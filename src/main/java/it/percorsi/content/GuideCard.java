package it.percorsi.content;

import it.percorsi.base.i18n.Localized;
import java.util.List;

/** A guide as the library lists it. */
public record GuideCard(String slug, Localized title, Localized summary, GuideLevel level, GuideGroup group,
                        List<String> tags, int readingMinutes) {

    public GuideCard {
        tags = List.copyOf(tags);
    }

    public String route() {
        return ContentRoutes.guide(slug);
    }
}
