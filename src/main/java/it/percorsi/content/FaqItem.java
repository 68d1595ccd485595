package it.percorsi.content;

import it.percorsi.base.i18n.Localized;
import java.util.List;

/** A FAQ with its answer already rendered to safe HTML. */
public record FaqItem(String slug, Localized question, FaqTopic topic, List<String> tags, String answerHtml) {

    public FaqItem {
        tags = List.copyOf(tags);
    }
}
