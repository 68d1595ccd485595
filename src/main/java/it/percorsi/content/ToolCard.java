package it.percorsi.content;

import java.util.List;

/** A tool (template, checklist, questionnaire model...) as pages list it. */
public record ToolCard(String slug, String title, String summary, ToolKind kind, List<String> tags) {

    public ToolCard {
        tags = List.copyOf(tags);
    }

    public String route() {
        return ContentRoutes.tool(slug);
    }
}
