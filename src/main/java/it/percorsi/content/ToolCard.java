package it.percorsi.content;

import it.percorsi.base.i18n.Localized;
import java.util.List;

/** A tool (template, checklist, questionnaire model...) as pages list it. */
public record ToolCard(String slug, Localized title, Localized summary, ToolKind kind, List<String> tags) {

    public ToolCard {
        tags = List.copyOf(tags);
    }

    public String route() {
        return ContentRoutes.tool(slug);
    }
}
