package it.percorsi.helpdesk.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.QueueCounts;
import it.percorsi.helpdesk.QueueFilter;
import it.percorsi.helpdesk.StaffMember;
import it.percorsi.helpdesk.TicketCategory;
import it.percorsi.helpdesk.TicketPriority;
import it.percorsi.helpdesk.TicketQueue;
import it.percorsi.helpdesk.TicketService;
import it.percorsi.helpdesk.TicketStatus;
import it.percorsi.helpdesk.TicketSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff queue: tickets by due time, overdue ones flagged, filters with their counts, a lazy
 * grid (pages fetched as the user scrolls) and bulk assignment of the selected rows.
 */
@Route(HelpdeskRoutes.QUEUE)
@Menu(order = 40, title = "menu.hd.queue")
@RolesAllowed({Role.HELPDESK_NAME, Role.ADMIN_NAME})
class QueueView extends VerticalLayout implements HasDynamicTitle {

    final Map<QueueFilter.Scope, Button> scopes = new EnumMap<>(QueueFilter.Scope.class);
    final MultiSelectComboBox<TicketStatus> statuses = new MultiSelectComboBox<>();
    final Select<TicketPriority> priority = new Select<>();
    final ComboBox<Long> administration = new ComboBox<>();
    final Select<TicketCategory> category = new Select<>();
    final Grid<TicketSummary> grid = new Grid<>(TicketSummary.class, false);
    /** Ids of the tickets ticked for bulk assignment (kept across lazy page loads). */
    final Set<Long> selected = new java.util.LinkedHashSet<>();
    final ComboBox<StaffMember> bulkAssignee = new ComboBox<>();
    final Button bulkAssign = new Button();
    final Span bulkResult = new Span();
    private final TicketQueue queue;
    private QueueFilter.Scope scope = QueueFilter.Scope.ALL;

    QueueView(TicketQueue queue, TicketService tickets) {
        this.queue = queue;
        setSizeFull();
        add(new H2(getTranslation("hd.queue.title")));

        HorizontalLayout scopeBar = new HorizontalLayout();
        scopeBar.setId("queue-scopes");
        for (QueueFilter.Scope s : QueueFilter.Scope.values()) {
            Button b = new Button();
            b.setId("queue-scope-" + s.name().toLowerCase());
            b.addClickListener(e -> {
                scope = s;
                refresh();
            });
            scopes.put(s, b);
            scopeBar.add(b);
        }
        statuses.setId("queue-statuses");
        statuses.setLabel(getTranslation("hd.col.status"));
        statuses.setItems(TicketStatus.values());
        statuses.setPlaceholder(getTranslation("hd.queue.activeStatuses"));
        priority.setId("queue-priority");
        priority.setLabel(getTranslation("hd.col.priority"));
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(p -> p == null ? getTranslation("hd.queue.any") : getTranslation("hd.priority." + p.name()));
        priority.setEmptySelectionAllowed(true);
        priority.setEmptySelectionCaption(getTranslation("hd.queue.any"));
        Map<Long, String> administrations = queue.administrations();
        administration.setId("queue-administration");
        administration.setLabel(getTranslation("hd.col.administration"));
        administration.setItems(administrations.keySet());
        administration.setItemLabelGenerator(administrations::get);
        administration.setClearButtonVisible(true);
        category.setId("queue-category");
        category.setLabel(getTranslation("hd.ask.category"));
        category.setItems(TicketCategory.values());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("hd.queue.any") : getTranslation("hd.category." + c.name()));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("hd.queue.any"));
        statuses.addValueChangeListener(e -> refresh());
        priority.addValueChangeListener(e -> refresh());
        administration.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(statuses, priority, administration, category);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("queue-grid");
        // Own checkbox column instead of Grid's multi-selection: its header has a name (Grid's has
        // none on a lazy grid, an axe violation) and each box names its ticket for screen readers.
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        // Widths keep numbers, states and dates on one line and give the rest to subject and
        // administration; on a phone the grid scrolls sideways instead of breaking words.
        grid.addComponentColumn(this::selectBox).setHeader(getTranslation("hd.col.select")).setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::numberLink).setHeader(getTranslation("hd.col.number")).setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addColumn(TicketSummary::subject).setHeader(getTranslation("hd.col.subject")).setWidth("7.5rem").setFlexGrow(3);
        grid.addColumn(TicketSummary::administrationName).setHeader(getTranslation("hd.col.administration"))
                .setWidth("8rem").setFlexGrow(2);
        grid.addComponentColumn(t -> HelpdeskUi.status(this, t.status())).setHeader(getTranslation("hd.col.status"))
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(t -> getTranslation("hd.priority." + t.priority().name())).setHeader(getTranslation("hd.col.priority"))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(t -> t.assigneeName() == null ? "-" : t.assigneeName()).setHeader(getTranslation("hd.col.assignee"))
                .setWidth("6rem").setFlexGrow(1);
        grid.addComponentColumn(this::due).setHeader(getTranslation("hd.col.due")).setWidth("7rem").setFlexGrow(0);
        grid.setPageSize(50);
        grid.setItems(q -> queue.page(filter(), q.getPage(), q.getPageSize()).stream());

        bulkAssignee.setId("queue-bulk-assignee");
        bulkAssignee.setLabel(getTranslation("hd.queue.assignTo"));
        bulkAssignee.setItems(tickets.staff());
        bulkAssignee.setItemLabelGenerator(StaffMember::name);
        bulkAssign.setId("queue-bulk-assign");
        bulkAssign.setText(getTranslation("hd.queue.assignSelected"));
        bulkAssign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bulkAssign.addClickListener(e -> assignSelected());
        bulkResult.setId("queue-bulk-result");
        bulkResult.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout bulk = new HorizontalLayout(bulkAssignee, bulkAssign, bulkResult);
        bulk.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(scopeBar, filters, bulk, grid);
        refreshCounts();
    }

    QueueFilter filter() {
        return new QueueFilter(scope, Set.copyOf(statuses.getValue()), priority.getValue(), administration.getValue(),
                category.getValue());
    }

    private Span due(TicketSummary t) {
        Span due = new Span(t.dueAt() == null ? "-" : HelpdeskUi.dateTime(t.dueAt(), getLocale()));
        if (t.overdue()) {
            due.setText(getTranslation("hd.queue.overdueAt", HelpdeskUi.dateTime(t.dueAt(), getLocale())));
            due.addClassName("hd-overdue");
        }
        return due;
    }

    /** The ticket number on one line (a number broken at its hyphens is hard to read and to say). */
    private Anchor numberLink(TicketSummary t) {
        Anchor link = new Anchor(HelpdeskRoutes.ticket(t.id()), t.number());
        link.getStyle().set("white-space", "nowrap");
        return link;
    }

    private Checkbox selectBox(TicketSummary t) {
        Checkbox box = new Checkbox(selected.contains(t.id()));
        box.setAriaLabel(getTranslation("hd.queue.selectTicket", t.number()));
        box.addValueChangeListener(e -> {
            if (e.getValue()) {
                selected.add(t.id());
            } else {
                selected.remove(t.id());
            }
        });
        return box;
    }

    private void assignSelected() {
        if (selected.isEmpty()) {
            bulkResult.setText(getTranslation("hd.queue.selectFirst"));
            return;
        }
        try {
            int n = queue.bulkAssign(List.copyOf(selected),
                    bulkAssignee.getValue() == null ? null : bulkAssignee.getValue().id());
            bulkResult.setText(getTranslation("hd.queue.assigned", n));
            selected.clear();
            refresh();
        } catch (FieldErrors e) {
            bulkResult.setText(getTranslation(e.errors().values().iterator().next()));
        }
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        refreshCounts();
    }

    private void refreshCounts() {
        QueueCounts c = queue.counts();
        Map<QueueFilter.Scope, Long> n = Map.of(QueueFilter.Scope.ALL, c.active(), QueueFilter.Scope.UNASSIGNED,
                c.unassigned(), QueueFilter.Scope.MINE, c.mine(), QueueFilter.Scope.OVERDUE, c.overdue());
        scopes.forEach((s, b) -> {
            b.setText(getTranslation("hd.queue.scope." + s.name(), n.get(s)));
            b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            b.getElement().setAttribute("aria-pressed", Boolean.toString(s == scope));
            if (s == scope) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        statuses.setItemLabelGenerator(s -> getTranslation("hd.queue.statusCount",
                getTranslation("hd.status." + s.name()), c.perStatus().get(s)));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "hd.queue.title");
    }
}
