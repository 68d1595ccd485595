package it.percorsi.content.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import it.percorsi.base.ui.ContentText;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.FaqTopic;
import it.percorsi.content.GuideGroup;
import it.percorsi.content.GuideLevel;
import it.percorsi.content.SearchHit;
import it.percorsi.content.SearchRequest;
import it.percorsi.content.SearchResults;
import it.percorsi.content.SearchService;
import it.percorsi.content.ToolKind;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The full results page: the words, filters by kind, topic and level, and the published guides,
 * tools and FAQs that match, best first, with the matched words highlighted. Everything is in the
 * address (?q=...&tipo=...&tema=...&livello=...), so a search can be shared and the back button works.
 */
@Route(ContentRoutes.SEARCH)
@PermitAll
class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int LIMIT = 30;
    static final String KIND = "tipo";
    static final String TOPIC = "tema";
    static final String LEVEL = "livello";

    private final SearchService search;
    final TextField words = new TextField();
    final Select<String> kind = new Select<>();
    final Select<String> topic = new Select<>();
    final Select<String> level = new Select<>();
    final Paragraph summary = new Paragraph();
    final OrderedList results = new OrderedList();
    SearchResults last = SearchResults.empty("");

    SearchView(SearchService search) {
        this.search = search;
        addClassName("content-page");
        addClassName("search-page");
        H2 title = new H2(getTranslation("search.title"));
        title.setId("search-title");

        words.setLabel(getTranslation("search.words"));
        words.setId("search-words");
        words.setMaxLength(SearchService.MAX_QUERY_CHARS * 5);
        words.setClearButtonVisible(true);
        words.addKeyPressListener(Key.ENTER, e -> go());

        kind.setLabel(getTranslation("search.kind"));
        kind.setId("search-kind");
        kind.setItems(options(List.of("", "guida", "strumento", "faq")));
        kind.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("search.any") : getTranslation("search.kind." + v));
        kind.setEmptySelectionAllowed(false);

        Map<String, String> topics = topicLabels();
        topic.setLabel(getTranslation("search.topic"));
        topic.setId("search-topic");
        topic.setItems(topics.keySet());
        topic.setItemLabelGenerator(topics::get);

        level.setLabel(getTranslation("search.level"));
        level.setId("search-level");
        List<String> levels = new ArrayList<>(List.of(""));
        Arrays.stream(GuideLevel.values()).map(l -> l.name().toLowerCase()).forEach(levels::add);
        level.setItems(levels);
        level.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("search.any")
                : getTranslation("content.level." + v.toUpperCase()));

        Button submit = new Button(getTranslation("search.submit"), e -> go());
        submit.setId("search-go");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(words, kind, topic, level, submit);
        form.addClassName("search-form");
        form.getElement().setAttribute("role", "search");
        form.getElement().setAttribute("aria-label", getTranslation("search.pageLandmark"));

        summary.setId("search-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        results.setId("search-results");
        results.addClassName("search-results");
        add(title, form, summary, results);
    }

    private static List<String> options(List<String> values) {
        return values;
    }

    private Map<String, String> topicLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("", getTranslation("search.any"));
        for (GuideGroup g : GuideGroup.values()) {
            labels.put(g.code(), getTranslation("content.group." + g.name()));
        }
        for (FaqTopic t : FaqTopic.values()) {
            labels.putIfAbsent(t.code(), getTranslation("search.faqTopic", getTranslation("content.faqTopic." + t.name())));
        }
        for (ToolKind k : ToolKind.values()) {
            labels.putIfAbsent(k.code(), getTranslation("search.toolKind", getTranslation("content.toolKind." + k.name())));
        }
        return labels;
    }

    /** Opens the address of the current form: the page is rebuilt from it. */
    void go() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(ContentRoutes.SEARCH_PARAMETER, words.getValue() == null ? "" : words.getValue());
        putIfSet(params, KIND, kind.getValue());
        putIfSet(params, TOPIC, topic.getValue());
        putIfSet(params, LEVEL, level.getValue());
        getUI().ifPresent(ui -> ui.navigate(ContentRoutes.SEARCH, QueryParameters.simple(params)));
    }

    private static void putIfSet(Map<String, String> params, String key, String value) {
        if (value != null && !value.isEmpty()) {
            params.put(key, value);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String text = first(query, ContentRoutes.SEARCH_PARAMETER).orElse("");
        String kindCode = first(query, KIND).filter(v -> List.of("guida", "strumento", "faq").contains(v)).orElse("");
        String topicCode = first(query, TOPIC).filter(topicLabels()::containsKey).orElse("");
        String levelCode = first(query, LEVEL)
                .filter(v -> Arrays.stream(GuideLevel.values()).anyMatch(l -> l.name().equalsIgnoreCase(v))).orElse("");
        words.setValue(text);
        kind.setValue(kindCode);
        topic.setValue(topicCode);
        level.setValue(levelCode);
        show(new SearchRequest(text, kindOf(kindCode), topicCode.isEmpty() ? null : topicCode,
                levelCode.isEmpty() ? null : GuideLevel.valueOf(levelCode.toUpperCase())));
    }

    private static Optional<String> first(QueryParameters query, String key) {
        return Optional.ofNullable(query.getParameters().get(key)).flatMap(v -> v.stream().findFirst());
    }

    private static ContentKind kindOf(String code) {
        return switch (code) {
            case "guida" -> ContentKind.GUIDE;
            case "strumento" -> ContentKind.TOOL;
            case "faq" -> ContentKind.FAQ;
            default -> null;
        };
    }

    private void show(SearchRequest request) {
        results.removeAll();
        if (request.text() == null || request.text().isBlank()) {
            last = SearchResults.empty("");
            summary.setText(getTranslation("search.empty"));
            return;
        }
        last = search.search(request, LIMIT);
        if (last.total() == 0) {
            summary.setText(getTranslation("search.none", last.text()));
            return;
        }
        summary.setText(getTranslation("search.count", last.total(), last.text()));
        for (SearchHit hit : last.hits()) {
            results.add(item(hit));
        }
    }

    private ListItem item(SearchHit hit) {
        Span badge = new Span(getTranslation("search.badge." + hit.kind().name()));
        badge.addClassName("search-kind-badge");
        Anchor link = new Anchor(hit.route(), "");
        boolean english = getLocale() != null && "en".equals(getLocale().getLanguage()) && hit.title().en() != null;
        if (english) {
            link.setText(hit.title().en());
        } else {
            link.add(new Html("<span>" + hit.titleHtml() + "</span>"));
        }
        link.setId("result-" + hit.kind().name().toLowerCase() + "-" + hit.slug());
        link.addClassName("search-result-title");
        Div head = new Div(badge, link);
        head.addClassName("search-result-head");
        ListItem item = new ListItem(head);
        item.addClassName("search-result");
        if (!hit.snippetHtml().isEmpty()) {
            Html snippet = new Html("<p class=\"search-snippet\">… " + hit.snippetHtml() + " …</p>");
            item.add(snippet);
        } else if (hit.summary().it() != null && !hit.summary().it().isBlank()) {
            Paragraph summaryText = new Paragraph(ContentText.in(hit.summary()));
            summaryText.addClassName("search-snippet");
            item.add(summaryText);
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.detail(this, "search.title", last.text());
    }
}
