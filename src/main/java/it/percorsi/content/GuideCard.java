package it.percorsi.content;

import java.util.List;

/** A guide as the library lists it. */
public record GuideCard(String slug, String title, String summary, GuideLevel level, GuideGroup group,
                        List<String> tags, int readingMinutes) {

    public GuideCard {
        tags = List.copyOf(tags);
    }

    public String route() {
        return ContentRoutes.guide(slug);
    }
}
