package it.percorsi.content;

import java.util.Set;

/**
 * The slugs declared in a content folder, given to every {@link ContentCheck} so it can verify
 * references to guides, tools and FAQs. A slug is listed when its file declares it, even if the
 * file has other problems (so one broken file does not cascade into many reports).
 */
public record ContentIndex(Set<String> guideSlugs, Set<String> toolSlugs, Set<String> faqSlugs) {

    public ContentIndex {
        guideSlugs = Set.copyOf(guideSlugs);
        toolSlugs = Set.copyOf(toolSlugs);
        faqSlugs = Set.copyOf(faqSlugs);
    }

    public boolean hasGuide(String slug) {
        return guideSlugs.contains(slug);
    }

    public boolean hasTool(String slug) {
        return toolSlugs.contains(slug);
    }

    public boolean hasFaq(String slug) {
        return faqSlugs.contains(slug);
    }
}
