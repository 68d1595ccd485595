package it.percorsi.content.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import it.percorsi.base.ui.ContentText;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.SearchService;
import it.percorsi.content.SearchSuggestion;
import java.util.List;
import java.util.Map;

/**
 * The search box in the header of every page: suggestions appear under it as the reader types
 * (titles of published guides, tools and FAQs, plus "all results"); Enter or the button opens the
 * full results page. Escape closes the suggestions.
 */
class SearchBox extends Div {

    static final int SUGGESTIONS = 6;

    private final SearchService search;
    final TextField field = new TextField();
    /** The suggestions under the field: built when the reader first types enough (issue 14: nothing held before). */
    Div panel;
    UnorderedList list;
    List<SearchSuggestion> shown = List.of();

    SearchBox(SearchService search) {
        this.search = search;
        addClassName("search-box");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("search.boxLandmark"));
        field.setId("search-field");
        field.setAriaLabel(getTranslation("search.field"));
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        field.setMaxLength(SearchService.MAX_QUERY_CHARS * 5);
        field.setClearButtonVisible(true);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.getElement().setAttribute("autocomplete", "off");
        field.addValueChangeListener(e -> suggest(e.getValue()));
        field.addKeyPressListener(Key.ENTER, e -> open());
        field.addKeyDownListener(Key.ESCAPE, e -> hide());

        Button go = new Button(getTranslation("search.submit"), e -> open());
        go.setId("search-submit");
        go.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        go.addClassName("search-submit");

        add(field, go);
    }

    void suggest(String text) {
        if (text == null || text.strip().length() < SearchService.MIN_SUGGEST_CHARS) {
            shown = List.of();
            hide();
            return;
        }
        if (panel == null) {
            panel = new Div();
            list = new UnorderedList();
            panel.setId("search-suggestions");
            panel.addClassName("search-suggestions");
            panel.getElement().setAttribute("aria-label", getTranslation("search.suggestions"));
            panel.getElement().setAttribute("role", "region");
            panel.add(list);
            add(panel);
        }
        list.removeAll();
        shown = search.suggest(text, SUGGESTIONS);
        for (SearchSuggestion s : shown) {
            Span kind = new Span(getTranslation("search.badge." + s.kind().name()));
            kind.addClassName("search-kind-badge");
            Anchor link = new Anchor(s.route(), ContentText.in(s.title()));
            link.setId("suggestion-" + s.kind().name().toLowerCase() + "-" + s.slug());
            link.getElement().addEventListener("click", e -> hide());
            list.add(new ListItem(kind, link));
        }
        Anchor all = new Anchor(ContentRoutes.search(text.strip()), getTranslation("search.all", text.strip()));
        all.setId("suggestion-all");
        all.addClassName("search-all");
        list.add(new ListItem(all));
        panel.setVisible(true);
    }

    void hide() {
        if (panel != null) {
            panel.setVisible(false);
        }
    }

    /** Whether the suggestions are shown. */
    boolean suggestionsShown() {
        return panel != null && panel.isVisible();
    }

    void open() {
        String text = field.getValue() == null ? "" : field.getValue().strip();
        hide();
        getUI().ifPresent(ui -> ui.navigate(ContentRoutes.SEARCH,
                QueryParameters.simple(Map.of(ContentRoutes.SEARCH_PARAMETER, text))));
    }
}
