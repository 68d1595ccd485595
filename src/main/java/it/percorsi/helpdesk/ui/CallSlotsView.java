package it.percorsi.helpdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
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
import it.percorsi.helpdesk.CallStatus;
import it.percorsi.helpdesk.HelpdeskRoutes;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Staff publish the times they offer for calls and see every slot with its booking (who, which
 * administration, which ticket or topic); they withdraw a free slot or cancel a booking (both
 * sides get the cancellation). Times are entered and shown in Italian time (Europe/Rome).
 */
@Route(HelpdeskRoutes.CALL_SLOTS)
@Menu(order = 44, title = "menu.hd.callSlots")
@RolesAllowed({Role.HELPDESK_NAME, Role.ADMIN_NAME})
class CallSlotsView extends VerticalLayout implements HasDynamicTitle {

    final DateTimePicker start = new DateTimePicker();
    final IntegerField minutes = new IntegerField();
    final TextField link = new TextField();
    final Button publish = new Button();
    final Paragraph result = new Paragraph();
    final Grid<CallSlotInfo> grid = new Grid<>(CallSlotInfo.class, false);
    private final CallService calls;
    private final FormErrors errors = new FormErrors();

    CallSlotsView(CallService calls) {
        this.calls = calls;
        setMaxWidth("75rem");
        add(new H2(getTranslation("hd.call.slots.title")), new Paragraph(getTranslation("hd.call.slots.intro")));

        start.setId("slot-start");
        start.setLabel(getTranslation("hd.call.start"));
        start.setStep(Duration.ofMinutes(15));
        start.setMin(LocalDateTime.now(HelpdeskUi.ROME));
        // no required indicator: it puts aria-required on the picker's group, which axe refuses;
        // an empty start still gets its message next to the field
        minutes.setId("slot-minutes");
        minutes.setLabel(getTranslation("hd.call.minutes"));
        minutes.setMin(CallService.MIN_MINUTES);
        minutes.setMax(CallService.MAX_MINUTES);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(30);
        minutes.setRequiredIndicatorVisible(true);
        link.setId("slot-link");
        link.setLabel(getTranslation("hd.call.link"));
        link.setHelperText(getTranslation("hd.call.link.help"));
        link.setMaxLength(CallService.LINK_MAX_LENGTH);
        link.setRequiredIndicatorVisible(true);
        link.setWidth("28rem");
        publish.setId("slot-publish");
        publish.setText(getTranslation("hd.call.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());
        result.setId("slot-result");
        result.getElement().setAttribute("role", "status");
        errors.bind("start", start).bind("minutes", minutes).bind("link", link);
        HorizontalLayout form = new HorizontalLayout(start, minutes, link, publish);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.setId("call-slots-grid");
        grid.addColumn(s -> HelpdeskUi.dateTime(s.startsAt(), getLocale())).setHeader(getTranslation("hd.call.col.when"))
                .setAutoWidth(true);
        grid.addColumn(CallSlotInfo::minutes).setHeader(getTranslation("hd.call.col.minutes")).setAutoWidth(true);
        grid.addColumn(CallSlotInfo::staffName).setHeader(getTranslation("hd.call.col.staff")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("hd.call.status." + s.status().name()))
                .setHeader(getTranslation("hd.call.col.status")).setAutoWidth(true);
        grid.addColumn(s -> s.bookedByName() == null ? "" : s.bookedByName() + " (" + s.administrationName() + ")")
                .setHeader(getTranslation("hd.call.col.bookedBy")).setFlexGrow(1);
        grid.addComponentColumn(this::about).setHeader(getTranslation("hd.call.col.about")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("hd.call.col.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(form, result, new H3(getTranslation("hd.call.slots.list")), grid);
        reload();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "menu.hd.callSlots");
    }

    private Component about(CallSlotInfo s) {
        if (s.ticketId() != null) {
            return new Anchor(HelpdeskRoutes.ticket(s.ticketId()), s.ticketNumber());
        }
        return new Span(s.topic() == null ? "" : s.topic());
    }

    private Component actions(CallSlotInfo s) {
        Div box = new Div();
        if (s.videoLink() != null) {
            Anchor open = new Anchor(s.videoLink(), getTranslation("hd.call.join"));
            open.setTarget("_blank");
            open.getElement().setAttribute("rel", "noopener noreferrer");
            box.add(open);
        }
        if (s.canCancel()) {
            Button cancel = new Button(getTranslation("hd.call.cancel"), e -> run(() -> calls.cancel(s.id()),
                    "hd.call.cancelled"));
            cancel.setId("slot-cancel-" + s.id());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            box.add(cancel);
        } else if (s.status() == CallStatus.FREE) {
            Button delete = new Button(getTranslation("hd.call.delete"), e -> run(() -> calls.delete(s.id()),
                    "hd.call.deleted"));
            delete.setId("slot-delete-" + s.id());
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL);
            box.add(delete);
        }
        return box;
    }

    private void publish() {
        try {
            LocalDateTime value = start.getValue();
            CallSlotInfo slot = calls.publish(value == null ? null : value.atZone(HelpdeskUi.ROME).toInstant(),
                    minutes.getValue(), link.getValue());
            start.clear(); // the link and the length stay: the next slot usually has the same
            errors.clear(); // after clearing: a required field just emptied would show itself invalid
            result.setText(getTranslation("hd.call.published", HelpdeskUi.dateTime(slot.startsAt(), getLocale())));
            reload();
        } catch (FieldErrors e) {
            result.setText("");
            errors.show(e);
        }
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            result.setText(getTranslation(doneKey));
        } catch (FieldErrors e) {
            HelpdeskUi.error(this, e.errors().values().iterator().next());
        } catch (CallNotFound e) {
            HelpdeskUi.error(this, "hd.call.error.notFound");
        }
        reload();
    }

    void reload() {
        grid.setItems(calls.allSlots());
    }
}
