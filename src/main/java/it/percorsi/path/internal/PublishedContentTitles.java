package it.percorsi.path.internal;

import it.percorsi.content.ContentRef;
import it.percorsi.content.FaqItem;
import it.percorsi.content.GuideService;
import it.percorsi.base.i18n.Localized;
import it.percorsi.content.ContentKind;
import it.percorsi.path.ContentTitles;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Guide and tool titles and FAQ questions as published in the portal, from the content module:
 * a trainer's edit made in the portal shows at once on the path, never a stale copy of the file.
 */
@Component
class PublishedContentTitles implements ContentTitles {

    private final GuideService guides;

    PublishedContentTitles(GuideService guides) {
        this.guides = guides;
    }

    @Override
    public Optional<Localized> guideTitle(String slug) {
        return guides.findGuide(slug).map(ContentRef::title);
    }

    @Override
    public Optional<Localized> toolTitle(String slug) {
        return guides.findTool(slug).map(ContentRef::title);
    }

    @Override
    public Optional<Localized> faqQuestion(String slug) {
        return guides.findFaq(slug).map(FaqItem::question);
    }

    /** One query per kind for the whole page instead of two per link (issue 14: the path page named ~50). */
    @Override
    public ContentTitles snapshot() {
        java.util.Map<ContentKind, java.util.Map<String, Localized>> byKind = new java.util.EnumMap<>(ContentKind.class);
        java.util.function.BiFunction<ContentKind, String, Optional<Localized>> lookup = (kind, slug) -> Optional.ofNullable(
                byKind.computeIfAbsent(kind, guides::publishedTitles).get(slug));
        return new ContentTitles() {
            @Override
            public Optional<Localized> guideTitle(String slug) {
                return lookup.apply(ContentKind.GUIDE, slug);
            }

            @Override
            public Optional<Localized> toolTitle(String slug) {
                return lookup.apply(ContentKind.TOOL, slug);
            }

            @Override
            public Optional<Localized> faqQuestion(String slug) {
                return lookup.apply(ContentKind.FAQ, slug);
            }
        };
    }
}
