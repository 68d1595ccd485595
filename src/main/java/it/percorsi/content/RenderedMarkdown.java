package it.percorsi.content;

import java.util.List;

/**
 * Sanitised HTML (one root-less fragment, safe to put in a page as is), the table of contents,
 * the guides and tools it links to (distinct, in order of appearance), and its length in words.
 */
public record RenderedMarkdown(String html, List<TocEntry> toc, List<String> guideLinks, List<String> toolLinks,
                               int words) {

    /** Words per minute of a careful reader of technical Italian. */
    public static final int WORDS_PER_MINUTE = 200;

    public RenderedMarkdown {
        toc = List.copyOf(toc);
        guideLinks = List.copyOf(guideLinks);
        toolLinks = List.copyOf(toolLinks);
    }

    public int readingMinutes() {
        return readingMinutes(words);
    }

    public static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
