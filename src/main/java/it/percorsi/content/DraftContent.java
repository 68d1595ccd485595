package it.percorsi.content;

import java.util.List;

/**
 * Everything a trainer edits in a guide, tool or FAQ: the front matter and the markdown body.
 * Fields that do not apply to the kind are ignored (level and group for guides, toolKind for tools,
 * topic for FAQs; a FAQ has no summary, its title is the question). English texts are optional.
 */
public record DraftContent(String title, String summary, String titleEn, String summaryEn, GuideLevel level,
                           GuideGroup group, ToolKind toolKind, FaqTopic topic, List<String> tags,
                           List<String> related, List<String> tools, String body) {

    public DraftContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        related = related == null ? List.of() : List.copyOf(related);
        tools = tools == null ? List.of() : List.copyOf(tools);
    }

    /** The same content with another body. */
    public DraftContent withBody(String newBody) {
        return new DraftContent(title, summary, titleEn, summaryEn, level, group, toolKind, topic, tags, related, tools,
                newBody);
    }

    /** The same content with another title. */
    public DraftContent withTitle(String newTitle) {
        return new DraftContent(newTitle, summary, titleEn, summaryEn, level, group, toolKind, topic, tags, related,
                tools, body);
    }
}
