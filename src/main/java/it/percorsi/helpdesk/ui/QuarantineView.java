package it.percorsi.helpdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.QuarantineService;
import it.percorsi.helpdesk.QuarantinedMail;
import it.percorsi.helpdesk.QuarantinedOriginal;
import jakarta.annotation.security.RolesAllowed;

/**
 * Incoming mails that did not land in a ticket by themselves (DD009): staff see why, who sent it
 * and when, read the original (as plain text, never rendered) and release it into a ticket or
 * discard it.
 */
@Route(HelpdeskRoutes.QUARANTINE)
@Menu(order = 44.5, title = "menu.hd.quarantine")
@RolesAllowed({Role.HELPDESK_NAME, Role.ADMIN_NAME})
class QuarantineView extends VerticalLayout implements HasDynamicTitle {

    final Grid<QuarantinedMail> grid = new Grid<>(QuarantinedMail.class, false);
    final Paragraph empty = new Paragraph();
    final Div detail = new Div();
    final Pre headers = new Pre();
    final Pre text = new Pre();
    final Paragraph files = new Paragraph();
    final Pre source = new Pre();
    final TextField ticket = new TextField();
    final Button release = new Button();
    final Button discard = new Button();
    private final QuarantineService quarantine;
    private final FormErrors errors = new FormErrors();
    private QuarantinedMail selected;

    QuarantineView(QuarantineService quarantine) {
        this.quarantine = quarantine;
        setMaxWidth("80rem");
        add(new H2(getTranslation("hd.quarantine.title")), new Paragraph(getTranslation("hd.quarantine.intro")));
        grid.setId("quarantine-grid");
        grid.addColumn(m -> HelpdeskUi.dateTime(m.receivedAt(), getLocale()))
                .setHeader(getTranslation("hd.quarantine.received")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation("hd.quarantine.reason." + m.reason().name()))
                .setHeader(getTranslation("hd.quarantine.reason")).setAutoWidth(true);
        grid.addColumn(m -> m.senderName() == null || m.senderName().isBlank() ? m.sender()
                : m.senderName() + " <" + m.sender() + ">").setHeader(getTranslation("hd.quarantine.sender"));
        grid.addColumn(QuarantinedMail::subject).setHeader(getTranslation("hd.quarantine.subject"));
        grid.addColumn(m -> m.sentAt() == null ? "-" : HelpdeskUi.dateTime(m.sentAt(), getLocale()))
                .setHeader(getTranslation("hd.quarantine.sent")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.ticketNumber() == null ? "-" : m.ticketNumber())
                .setHeader(getTranslation("hd.quarantine.ticket")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        empty.setId("quarantine-empty");
        empty.setText(getTranslation("hd.quarantine.empty"));

        detail.setId("quarantine-detail");
        headers.setId("quarantine-headers");
        text.setId("quarantine-text");
        files.setId("quarantine-files");
        source.setId("quarantine-source");
        for (Pre p : new Pre[] {headers, text, source}) {
            p.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        }
        Details sourceBox = new Details(getTranslation("hd.quarantine.source"), source);
        ticket.setId("quarantine-ticket");
        ticket.setLabel(getTranslation("hd.quarantine.releaseInto"));
        ticket.setPlaceholder("HD-2026-000001");
        release.setId("quarantine-release");
        release.setText(getTranslation("hd.quarantine.release"));
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.addClickListener(e -> release());
        discard.setId("quarantine-discard");
        discard.setText(getTranslation("hd.quarantine.discard"));
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        discard.addClickListener(e -> discard());
        errors.bind("ticket", ticket);
        HorizontalLayout actions = new HorizontalLayout(ticket, release, discard);
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        detail.add(new H3(getTranslation("hd.quarantine.original")), headers, text, files, sourceBox, actions);
        detail.setWidthFull();
        add(empty, grid, detail);
        reload();
    }

    private void show(QuarantinedMail m) {
        selected = m;
        errors.clear();
        detail.setVisible(m != null);
        if (m == null) {
            return;
        }
        QuarantinedOriginal original = quarantine.original(m.id());
        headers.setText(original.headers());
        text.setText(original.text());
        files.setText(original.files().isEmpty() ? "" : getTranslation("hd.quarantine.files",
                String.join(", ", original.files())));
        source.setText(original.source());
        ticket.setValue(m.ticketNumber() == null ? "" : m.ticketNumber());
    }

    private void release() {
        if (selected == null) {
            return;
        }
        try {
            quarantine.release(selected.id(), ticket.getValue());
            Notification.show(getTranslation("hd.quarantine.released", ticket.getValue().strip()));
            reload();
        } catch (FieldErrors e) {
            errors.show(e);
        }
    }

    private void discard() {
        if (selected == null) {
            return;
        }
        try {
            quarantine.discard(selected.id());
            Notification.show(getTranslation("hd.quarantine.discarded"));
            reload();
        } catch (FieldErrors e) {
            errors.show(e);
        }
    }

    private void reload() {
        var pending = quarantine.pending();
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        empty.setVisible(pending.isEmpty());
        show(null);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "hd.quarantine.title");
    }
}
