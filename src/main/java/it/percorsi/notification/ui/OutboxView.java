package it.percorsi.notification.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.notification.NotificationRoutes;
import it.percorsi.base.ui.DateTimes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.notification.MailStatus;
import it.percorsi.notification.OutboxEntry;
import it.percorsi.notification.OutboxService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;

/** ADMIN: every mail with its state, attempts and last error; failed mails can be retried. */
@Route(NotificationRoutes.OUTBOX)
@Menu(order = 91, title = "menu.outbox")
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {


    final ComboBox<MailStatus> statusFilter = new ComboBox<>();
    final Grid<OutboxEntry> grid = new Grid<>(OutboxEntry.class, false);
    final Paragraph summary = new Paragraph();
    private final OutboxService outbox;
    private final DateTimes dates;

    public OutboxView(OutboxService outbox, DateTimes dates) {
        this.outbox = outbox;
        this.dates = dates;
        statusFilter.setLabel(getTranslation("outbox.filter"));
        statusFilter.setItems(MailStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation("mailStatus." + s.name()));
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> refresh());
        statusFilter.setId("status-filter");

        grid.addColumn(e -> format(e.createdAt())).setHeader(getTranslation("outbox.created")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.recipient")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("outbox.subject")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("mailStatus." + e.status().name())).setHeader(getTranslation("outbox.status"));
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.attempts"));
        grid.addColumn(OutboxEntry::lastError).setHeader(getTranslation("outbox.lastError"));
        grid.addComponentColumn(this::retryButton).setHeader(getTranslation("outbox.actions"));
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> {
            Pre body = new Pre(e.body());
            body.addClassName("mail-body");
            return new Div(body);
        }));
        grid.setDetailsVisibleOnClick(true);
        grid.setAllRowsVisible(true);

        Paragraph hint = new Paragraph(getTranslation(outbox.smtpConfigured() ? "outbox.smtp.on" : "outbox.smtp.off"));
        hint.setId("smtp-hint");
        add(new H2(getTranslation("outbox.title")), hint, summary, statusFilter, grid);
        refresh();
    }

    private Button retryButton(OutboxEntry e) {
        Button b = new Button(getTranslation("outbox.retry"), click -> {
            outbox.retry(e.id());
            refresh();
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setVisible(e.status() == MailStatus.FAILED);
        return b;
    }

    private void refresh() {
        summary.setText(getTranslation("outbox.summary", outbox.count(MailStatus.PENDING), outbox.count(MailStatus.SENT),
                outbox.count(MailStatus.FAILED)));
        grid.setItems(outbox.list(statusFilter.getValue(), 200));
    }

    private String format(Instant i) {
        return dates.preciseDateTime(i, getLocale());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "outbox.title");
    }
}
