package it.percorsi.helpdesk.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.TicketService;
import it.percorsi.helpdesk.TicketSummary;
import jakarta.annotation.security.RolesAllowed;

/** Every ticket of the referent's administration (its referents share them), newest first. */
@Route(HelpdeskRoutes.TICKETS)
@Menu(order = 40, title = "menu.hd.tickets")
@RolesAllowed(Role.REFERENT_NAME)
class TicketsView extends VerticalLayout implements HasDynamicTitle {

    static final int LIMIT = 200;
    final Grid<TicketSummary> grid = new Grid<>(TicketSummary.class, false);

    TicketsView(TicketService tickets) {
        Button ask = new Button(getTranslation("hd.ask.title"),
                e -> getUI().ifPresent(ui -> ui.navigate(HelpdeskRoutes.ASK)));
        ask.setId("tickets-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("hd.tickets.title")), new Paragraph(getTranslation("hd.tickets.intro")), ask);
        grid.setId("tickets-grid");
        grid.addComponentColumn(t -> new Anchor(HelpdeskRoutes.ticket(t.id()), t.number()))
                .setHeader(getTranslation("hd.col.number")).setAutoWidth(true);
        grid.addColumn(TicketSummary::subject).setHeader(getTranslation("hd.col.subject")).setFlexGrow(1);
        grid.addColumn(TicketSummary::requesterName).setHeader(getTranslation("hd.col.requester"));
        grid.addComponentColumn(t -> HelpdeskUi.status(this, t.status())).setHeader(getTranslation("hd.col.status"));
        grid.addColumn(t -> HelpdeskUi.dateTime(t.createdAt(), getLocale())).setHeader(getTranslation("hd.col.created"));
        grid.addColumn(t -> HelpdeskUi.dateTime(t.dueAt(), getLocale())).setHeader(getTranslation("hd.col.due"));
        grid.setItems(tickets.myAdministrationTickets(LIMIT));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "hd.tickets.title");
    }
}
