package it.percorsi.path.internal;

import it.percorsi.base.content.ContentLibrary;
import it.percorsi.content.ContentRef;
import it.percorsi.content.GuideService;
import it.percorsi.path.ContentTitles;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Guide and tool titles as published in the portal (trainers may have edited them), from the
 * content module. The content module has no FAQ lookup by slug yet, so FAQ questions are read
 * from the front matter of content/faq files.
 */
@Component
class PublishedContentTitles implements ContentTitles {

    private final GuideService guides;
    private final FrontMatterTitles files;

    PublishedContentTitles(GuideService guides, ContentLibrary library) {
        this.guides = guides;
        this.files = new FrontMatterTitles(library.root());
    }

    @Override
    public Optional<String> guideTitle(String slug) {
        return guides.findGuide(slug).map(ContentRef::title).or(() -> files.guideTitle(slug));
    }

    @Override
    public Optional<String> toolTitle(String slug) {
        return guides.findTool(slug).map(ContentRef::title).or(() -> files.toolTitle(slug));
    }

    @Override
    public Optional<String> faqQuestion(String slug) {
        return files.faqQuestion(slug);
    }
}
