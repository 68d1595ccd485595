package it.percorsi.content.internal;

import it.percorsi.content.ContentKind;
import it.percorsi.content.FaqTopic;
import it.percorsi.content.GuideGroup;
import it.percorsi.content.GuideLevel;
import it.percorsi.content.ToolKind;
import java.time.Instant;
import java.util.List;

/**
 * One valid file of content/, ready to import. Fields that do not apply to the kind are null
 * (level and group for guides, toolKind for tools, topic for FAQs); a FAQ's title is its question.
 * {@code titleEn} and {@code summaryEn} are the English versions ({@code title_en}, {@code summary_en}
 * or {@code question_en}), null when the file has none.
 */
public record DocumentSpec(ContentKind kind, String file, String slug, String title, String summary,
                           String titleEn, String summaryEn,
                           GuideLevel level, GuideGroup group, ToolKind toolKind, FaqTopic topic,
                           List<String> tags, List<String> tools, List<String> related, String body,
                           String checksum, Instant fileModifiedAt) {

    public DocumentSpec {
        tags = List.copyOf(tags);
        tools = List.copyOf(tools);
        related = List.copyOf(related);
    }
}
