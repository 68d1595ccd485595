package it.percorsi.content.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.GuideCard;
import it.percorsi.content.GuideFilter;
import it.percorsi.content.GuideGroup;
import it.percorsi.content.GuideLevel;
import it.percorsi.content.GuideService;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guide library: filters by level, topic and keyword (kept in the address, so a filtered
 * list can be shared), and the guides grouped by topic.
 */
@Route(ContentRoutes.LIBRARY)
@Menu(order = 20, title = "menu.guides")
@PermitAll
public class GuideLibraryView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    final Select<GuideLevel> level = new Select<>();
    final Select<GuideGroup> group = new Select<>();
    final ComboBox<String> tag = new ComboBox<>();
    final Button clear = new Button();
    final Span count = new Span();
    final Div results = new Div();
    private final GuideService guides;
    private boolean updating;
    private List<GuideCard> shown = List.of();

    public GuideLibraryView(GuideService guides) {
        this.guides = guides;
        addClassName("content-page");

        level.setLabel(getTranslation("content.library.level"));
        level.setItems(GuideLevel.values());
        level.setItemLabelGenerator(l -> l == null ? getTranslation("content.library.any")
                : getTranslation("content.level." + l.name()));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("content.library.any"));
        level.setId("filter-level");

        group.setLabel(getTranslation("content.library.group"));
        group.setItems(GuideGroup.values());
        group.setItemLabelGenerator(g -> g == null ? getTranslation("content.library.any")
                : getTranslation("content.group." + g.name()));
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("content.library.any"));
        group.setId("filter-group");

        tag.setLabel(getTranslation("content.library.tag"));
        tag.setItems(guides.tags());
        tag.setClearButtonVisible(true);
        tag.setId("filter-tag");

        clear.setText(getTranslation("content.library.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("filter-clear");
        clear.addClickListener(e -> {
            updating = true;
            level.clear();
            group.clear();
            tag.clear();
            updating = false;
            refresh(true);
        });

        level.addValueChangeListener(e -> refresh(true));
        group.addValueChangeListener(e -> refresh(true));
        tag.addValueChangeListener(e -> refresh(true));

        HorizontalLayout filters = new HorizontalLayout(level, group, tag, clear);
        filters.addClassName("library-filters");
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("content.library.filters"));

        count.setId("library-count");
        count.addClassName("library-count");
        // Announces the new number of results after each filter change.
        count.getElement().setAttribute("aria-live", "polite");
        count.getElement().setAttribute("role", "status");

        results.setId("library-results");
        add(new H2(getTranslation("content.library.title")), new Paragraph(getTranslation("content.library.intro")),
                filters, count, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        updating = true;
        level.setValue(first(params, ContentUi.LEVEL_PARAM).flatMap(GuideLevel::fromCode).orElse(null));
        group.setValue(first(params, ContentUi.GROUP_PARAM).flatMap(GuideGroup::fromCode).orElse(null));
        tag.setValue(first(params, ContentUi.TAG_PARAM).filter(t -> guides.tags().contains(t)).orElse(null));
        updating = false;
        refresh(false);
    }

    private void refresh(boolean updateAddress) {
        if (updating) {
            return;
        }
        List<GuideCard> cards = guides.library(new GuideFilter(level.getValue(), group.getValue(), tag.getValue()));
        shown = cards;
        count.setText(getTranslation("content.library.count", cards.size()));
        results.removeAll();
        if (cards.isEmpty()) {
            results.add(new Paragraph(getTranslation("content.library.empty")));
        }
        Map<GuideGroup, List<GuideCard>> byGroup = new LinkedHashMap<>();
        cards.forEach(c -> byGroup.computeIfAbsent(c.group(), g -> new java.util.ArrayList<>()).add(c));
        for (var entry : byGroup.entrySet()) {
            Section section = new Section();
            section.addClassName("library-group");
            String id = "gruppo-" + (entry.getKey() == null ? "altro" : entry.getKey().code());
            H3 heading = new H3(entry.getKey() == null ? "" : getTranslation("content.group." + entry.getKey().name()));
            heading.setId(id);
            section.getElement().setAttribute("aria-labelledby", id);
            Div grid = new Div();
            grid.addClassName("guide-grid");
            grid.getElement().setAttribute("role", "list");
            for (GuideCard card : entry.getValue()) {
                Div item = ContentUi.guideCard(this, card, true);
                item.getElement().setAttribute("role", "listitem");
                grid.add(item);
            }
            section.add(heading, grid);
            results.add(section);
        }
        if (updateAddress) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location(ContentRoutes.LIBRARY, queryParameters())));
        }
    }

    private QueryParameters queryParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (level.getValue() != null) {
            params.put(ContentUi.LEVEL_PARAM, level.getValue().code());
        }
        if (group.getValue() != null) {
            params.put(ContentUi.GROUP_PARAM, group.getValue().code());
        }
        if (tag.getValue() != null) {
            params.put(ContentUi.TAG_PARAM, tag.getValue());
        }
        return QueryParameters.simple(params);
    }

    private static java.util.Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().findFirst();
    }

    /** Exposed for tests: the guides currently listed. */
    List<String> shownSlugs() {
        return shown.stream().map(GuideCard::slug).toList();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "content.library.title");
    }
}
