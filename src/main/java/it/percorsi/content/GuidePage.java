package it.percorsi.content;

import java.util.List;

/**
 * Everything the guide page shows: the guide, its rendered text and table of contents, the
 * related guides, the tools it mentions (front matter first, then links in the text) and the
 * FAQs that refer to it.
 */
public record GuidePage(GuideCard guide, long revisionId, String html, List<TocEntry> toc, List<GuideCard> related,
                        List<ToolCard> tools, List<FaqItem> faqs) {

    public GuidePage {
        toc = List.copyOf(toc);
        related = List.copyOf(related);
        tools = List.copyOf(tools);
        faqs = List.copyOf(faqs);
    }
}
