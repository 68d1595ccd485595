package it.percorsi.helpdesk.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.helpdesk.ClosureDayView;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.SlaService;
import it.percorsi.helpdesk.SlaSettings;
import it.percorsi.helpdesk.TicketPriority;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Map;

/** ADMIN: business calendar (days, hours, extra closures) and SLA targets per priority, in hours. */
@Route(HelpdeskRoutes.SLA)
@Menu(order = 43, title = "menu.hd.sla")
@RolesAllowed(Role.ADMIN_NAME)
class SlaSettingsView extends VerticalLayout implements HasDynamicTitle {

    final CheckboxGroup<DayOfWeek> workDays = new CheckboxGroup<>();
    final TimePicker opensAt = new TimePicker();
    final TimePicker closesAt = new TimePicker();
    final Map<TicketPriority, IntegerField> firstResponse = new EnumMap<>(TicketPriority.class);
    final Map<TicketPriority, IntegerField> resolution = new EnumMap<>(TicketPriority.class);
    final IntegerField reopenDays = new IntegerField();
    final IntegerField autoCloseDays = new IntegerField();
    final Button save = new Button();
    final Span saved = new Span();
    final DatePicker closureDate = new DatePicker();
    final TextField closureDescription = new TextField();
    final Grid<ClosureDayView> closures = new Grid<>(ClosureDayView.class, false);
    private final SlaService sla;
    private final FormErrors errors = new FormErrors();
    private SlaSettings current;

    SlaSettingsView(SlaService sla) {
        this.sla = sla;
        setMaxWidth("60rem");
        add(new H2(getTranslation("hd.sla.title")), new Paragraph(getTranslation("hd.sla.intro")));
        workDays.setId("sla-work-days");
        workDays.setLabel(getTranslation("hd.sla.workDays"));
        workDays.setItems(DayOfWeek.values());
        workDays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        opensAt.setId("sla-opens");
        opensAt.setLabel(getTranslation("hd.sla.opensAt"));
        closesAt.setId("sla-closes");
        closesAt.setLabel(getTranslation("hd.sla.closesAt"));
        opensAt.setStep(Duration.ofMinutes(15));
        closesAt.setStep(Duration.ofMinutes(15));
        HorizontalLayout targets = new HorizontalLayout();
        targets.setWrap(true);
        for (TicketPriority p : TicketPriority.values()) {
            firstResponse.put(p, hours("sla-first-" + p.name().toLowerCase(),
                    getTranslation("hd.sla.firstResponseOf", getTranslation("hd.priority." + p.name()))));
            resolution.put(p, hours("sla-resolution-" + p.name().toLowerCase(),
                    getTranslation("hd.sla.resolutionOf", getTranslation("hd.priority." + p.name()))));
            targets.add(firstResponse.get(p), resolution.get(p));
            errors.bind("firstResponse" + p.name(), firstResponse.get(p)).bind("resolution" + p.name(), resolution.get(p));
        }
        reopenDays.setId("sla-reopen-days");
        reopenDays.setLabel(getTranslation("hd.sla.reopenDays"));
        autoCloseDays.setId("sla-auto-close-days");
        autoCloseDays.setLabel(getTranslation("hd.sla.autoCloseDays"));
        save.setId("sla-save");
        save.setText(getTranslation("hd.sla.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        saved.setId("sla-saved");
        saved.getElement().setAttribute("aria-live", "polite");
        errors.bind("workDays", workDays).bind("closesAt", closesAt).bind("reopenDays", reopenDays)
                .bind("autoCloseDays", autoCloseDays).bind("closureDate", closureDate)
                .bind("closureDescription", closureDescription);
        add(workDays, new HorizontalLayout(opensAt, closesAt), new H3(getTranslation("hd.sla.targets")), targets,
                new HorizontalLayout(reopenDays, autoCloseDays), new HorizontalLayout(save, saved));

        closureDate.setId("sla-closure-date");
        closureDate.setLabel(getTranslation("hd.sla.closureDate"));
        closureDescription.setId("sla-closure-description");
        closureDescription.setLabel(getTranslation("hd.sla.closureDescription"));
        closureDescription.setMaxLength(ClosureDayView.DESCRIPTION_MAX_LENGTH);
        Button addClosure = new Button(getTranslation("hd.sla.addClosure"), e -> addClosure());
        addClosure.setId("sla-add-closure");
        HorizontalLayout closureForm = new HorizontalLayout(closureDate, closureDescription, addClosure);
        closureForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        closures.setId("sla-closures");
        closures.addColumn(ClosureDayView::date).setHeader(getTranslation("hd.sla.closureDate"));
        closures.addColumn(ClosureDayView::description).setHeader(getTranslation("hd.sla.closureDescription"));
        closures.addComponentColumn(c -> new Button(getTranslation("hd.sla.removeClosure"), e -> {
            sla.removeClosure(c.id());
            closures.setItems(sla.closures());
        })).setHeader(getTranslation("hd.col.actions"));
        closures.setAllRowsVisible(true);
        add(new H3(getTranslation("hd.sla.closures")), new Paragraph(getTranslation("hd.sla.holidays")), closureForm,
                closures);
        load(sla.settings());
        closures.setItems(sla.closures());
    }

    private IntegerField hours(String id, String label) {
        IntegerField f = new IntegerField();
        f.setId(id);
        f.setLabel(label);
        f.setMin(1);
        f.setStepButtonsVisible(true);
        f.setSuffixComponent(new Span(getTranslation("hd.sla.hours")));
        return f;
    }

    private void load(SlaSettings s) {
        current = s;
        workDays.setValue(s.workDays());
        opensAt.setValue(s.opensAt());
        closesAt.setValue(s.closesAt());
        for (TicketPriority p : TicketPriority.values()) {
            firstResponse.get(p).setValue(s.firstResponseMinutes().get(p) / 60);
            resolution.get(p).setValue(s.resolutionMinutes().get(p) / 60);
        }
        reopenDays.setValue(s.reopenDays());
        autoCloseDays.setValue(s.autoCloseDays());
    }

    private void save() {
        saved.setText("");
        Map<TicketPriority, Integer> first = new EnumMap<>(TicketPriority.class);
        Map<TicketPriority, Integer> res = new EnumMap<>(TicketPriority.class);
        for (TicketPriority p : TicketPriority.values()) {
            first.put(p, minutes(firstResponse.get(p).getValue()));
            res.put(p, minutes(resolution.get(p).getValue()));
        }
        try {
            load(sla.update(new SlaSettings(workDays.getValue(), opensAt.getValue(), closesAt.getValue(), first, res,
                    reopenDays.getValue() == null ? -1 : reopenDays.getValue(),
                    autoCloseDays.getValue() == null ? -1 : autoCloseDays.getValue(), current.version())));
            errors.clear();
            saved.setText(getTranslation("hd.sla.saved"));
        } catch (FieldErrors e) {
            var rest = errors.show(e);
            if (!rest.isEmpty()) {
                saved.setText(getTranslation(rest.values().iterator().next()));
            }
        }
    }

    private void addClosure() {
        try {
            sla.addClosure(closureDate.getValue(), closureDescription.getValue());
            errors.clear();
            closureDate.clear();
            closureDescription.clear();
            closures.setItems(sla.closures());
        } catch (FieldErrors e) {
            errors.show(e);
        }
    }

    private static Integer minutes(Integer hours) {
        return hours == null ? null : hours * 60;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "hd.sla.title");
    }
}
