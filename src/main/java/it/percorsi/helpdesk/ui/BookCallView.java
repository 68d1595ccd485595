package it.percorsi.helpdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.helpdesk.CallNotFound;
import it.percorsi.helpdesk.CallService;
import it.percorsi.helpdesk.CallSlotInfo;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.TicketNotFound;
import it.percorsi.helpdesk.TicketService;
import it.percorsi.helpdesk.TicketStatus;
import it.percorsi.helpdesk.TicketSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/**
 * A referent books a call: a free future slot, for one of the administration's tickets (pre-set
 * with ?richiesta=id from a ticket page) or for a topic; below, the calls they booked, which they
 * may cancel until the call starts. A slot someone else took meanwhile gets a message next to the
 * slot list, which is reloaded; the ticket and the topic stay as typed.
 */
@Route(HelpdeskRoutes.CALLS)
@Menu(order = 41.5, title = "menu.hd.calls")
@RolesAllowed(Role.REFERENT_NAME)
class BookCallView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final RadioButtonGroup<CallSlotInfo> slot = new RadioButtonGroup<>();
    final ComboBox<TicketSummary> ticket = new ComboBox<>();
    final TextField topic = new TextField();
    final Button book = new Button();
    final Paragraph noSlots = new Paragraph();
    final Paragraph result = new Paragraph();
    final Div mine = new Div();
    private final CallService calls;
    private final FormErrors errors = new FormErrors();

    BookCallView(CallService calls, TicketService tickets) {
        this.calls = calls;
        setMaxWidth("50rem");
        add(new H2(getTranslation("hd.call.book.title")), new Paragraph(getTranslation("hd.call.book.intro")));

        slot.setId("call-slot");
        slot.setLabel(getTranslation("hd.call.slot"));
        slot.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        slot.setRequiredIndicatorVisible(true);
        slot.setItemLabelGenerator(s -> getTranslation("hd.call.slotLabel", HelpdeskUi.dateTime(s.startsAt(), getLocale()),
                s.minutes(), s.staffName()));
        noSlots.setId("call-no-slots");
        noSlots.setText(getTranslation("hd.call.noSlots"));

        ticket.setId("call-ticket");
        ticket.setLabel(getTranslation("hd.call.ticket"));
        ticket.setHelperText(getTranslation("hd.call.ticket.help"));
        ticket.setItems(tickets.myAdministrationTickets(TicketsView.LIMIT).stream()
                .filter(t -> t.status() != TicketStatus.CLOSED).toList());
        ticket.setItemLabelGenerator(t -> t.number() + " · " + t.subject());
        ticket.setClearButtonVisible(true);
        ticket.setWidthFull();

        topic.setId("call-topic");
        topic.setLabel(getTranslation("hd.call.topic"));
        topic.setHelperText(getTranslation("hd.call.topic.help"));
        topic.setMaxLength(CallService.TOPIC_MAX_LENGTH);
        topic.setWidthFull();

        book.setId("call-book");
        book.setText(getTranslation("hd.call.book"));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(e -> book());
        result.setId("call-result");
        result.getElement().setAttribute("role", "status");
        errors.bind("slot", slot).bind("ticket", ticket).bind("topic", topic);

        mine.setId("call-mine");
        add(noSlots, slot, ticket, topic, book, result, mine);
        reloadSlots();
        reloadMine();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "hd.call.book.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(HelpdeskRoutes.TICKET_PARAMETER, List.of());
        if (values.isEmpty()) {
            return;
        }
        try {
            Long id = Long.valueOf(values.getFirst());
            // only the administration's own open tickets are items: any other id pre-selects nothing
            ticket.getListDataView().getItems().filter(t -> t.id().equals(id)).findFirst().ifPresent(ticket::setValue);
        } catch (NumberFormatException ignored) {
            // not a ticket id: book for a topic
        }
    }

    private void book() {
        try {
            CallSlotInfo booked = calls.book(slot.getValue() == null ? null : slot.getValue().id(),
                    ticket.getValue() == null ? null : ticket.getValue().id(), topic.getValue());
            slot.clear();
            topic.clear();
            ticket.clear();
            errors.clear(); // after clearing: a required field just emptied would show itself invalid
            result.setText(getTranslation("hd.call.booked", HelpdeskUi.dateTime(booked.startsAt(), getLocale())));
            reloadSlots();
            reloadMine();
        } catch (FieldErrors e) {
            result.setText("");
            if (e.errors().containsKey("slot")) {
                reloadSlots(); // taken or past: show what is still free
            }
            errors.show(e);
        } catch (TicketNotFound e) {
            result.setText("");
            ticket.setErrorMessage(getTranslation("hd.error.notFound"));
            ticket.setInvalid(true);
        }
    }

    private void reloadSlots() {
        CallSlotInfo chosen = slot.getValue();
        List<CallSlotInfo> free = calls.freeSlots();
        slot.setItems(free);
        if (chosen != null) {
            free.stream().filter(s -> Objects.equals(s.id(), chosen.id())).findFirst().ifPresent(slot::setValue);
        }
        boolean any = !free.isEmpty();
        noSlots.setVisible(!any);
        slot.setVisible(any);
        ticket.setVisible(any);
        topic.setVisible(any);
        book.setVisible(any);
    }

    private void reloadMine() {
        mine.removeAll();
        mine.add(new H3(getTranslation("hd.call.mine")));
        List<CallSlotInfo> list = calls.myBookings();
        if (list.isEmpty()) {
            mine.add(new Paragraph(getTranslation("hd.call.mineEmpty")));
        }
        for (CallSlotInfo c : list) {
            Div item = new Div();
            item.setId("my-call-" + c.id());
            item.addClassName("hd-message");
            Paragraph when = new Paragraph(getTranslation("hd.call.slotLabel", HelpdeskUi.dateTime(c.startsAt(), getLocale()),
                    c.minutes(), c.staffName()));
            item.add(when);
            if (c.ticketId() != null) {
                item.add(new Paragraph(new Span(getTranslation("hd.call.col.about") + ": "),
                        new Anchor(HelpdeskRoutes.ticket(c.ticketId()), c.ticketNumber())));
            } else {
                item.add(new Paragraph(getTranslation("hd.call.col.about") + ": " + c.topic()));
            }
            if (c.videoLink() != null) {
                Anchor open = new Anchor(c.videoLink(), getTranslation("hd.call.join"));
                open.setTarget("_blank");
                open.getElement().setAttribute("rel", "noopener noreferrer");
                item.add(new Paragraph(new Span(getTranslation("hd.call.col.link") + ": "), open));
            }
            if (c.canCancel()) {
                Button cancel = new Button(getTranslation("hd.call.cancel"), e -> cancel(c));
                cancel.setId("my-call-cancel-" + c.id());
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
                item.add(cancel);
            }
            mine.add(item);
        }
    }

    private void cancel(CallSlotInfo c) {
        try {
            calls.cancel(c.id());
            result.setText(getTranslation("hd.call.cancelled"));
        } catch (FieldErrors e) {
            HelpdeskUi.error(this, e.errors().values().iterator().next());
        } catch (CallNotFound e) {
            HelpdeskUi.error(this, "hd.call.error.notFound");
        }
        reloadSlots();
        reloadMine();
    }
}
