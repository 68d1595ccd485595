package it.percorsi.content;

import java.util.List;

/** Everything the tool page shows. */
public record ToolPage(ToolCard tool, int readingMinutes, String html, List<TocEntry> toc, List<GuideCard> related) {

    public ToolPage {
        toc = List.copyOf(toc);
        related = List.copyOf(related);
    }
}
