package it.percorsi.content;

import java.util.List;

/** A FAQ with its answer already rendered to safe HTML. */
public record FaqItem(String slug, String question, FaqTopic topic, List<String> tags, String answerHtml) {

    public FaqItem {
        tags = List.copyOf(tags);
    }
}
