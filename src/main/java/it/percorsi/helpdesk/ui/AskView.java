package it.percorsi.helpdesk.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.helpdesk.AttachmentService;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.TicketCategory;
import it.percorsi.helpdesk.TicketDetails;
import it.percorsi.helpdesk.TicketRequest;
import it.percorsi.helpdesk.TicketService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A referent asks the help desk; from a path step the step is pre-filled (?passo=id). */
@Route(HelpdeskRoutes.ASK)
@Menu(order = 41, title = "menu.hd.ask")
@RolesAllowed(Role.REFERENT_NAME)
class AskView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField subject = new TextField();
    final Select<TicketCategory> category = new Select<>();
    final TextArea body = new TextArea();
    final Paragraph step = new Paragraph();
    final Span stepError = new Span();
    final Button send = new Button();
    final HelpdeskUi.Files files;
    private final TicketService tickets;
    private final FormErrors errors = new FormErrors();
    private Long pathStepId;

    AskView(TicketService tickets, AttachmentService attachments) {
        this.tickets = tickets;
        setMaxWidth("50rem");
        add(new H2(getTranslation("hd.ask.title")), new Paragraph(getTranslation("hd.ask.intro")));
        step.setId("ask-step");
        step.setVisible(false);
        stepError.setId("ask-step-error");
        stepError.addClassName("field-error");
        stepError.setVisible(false);

        subject.setId("ask-subject");
        subject.setLabel(getTranslation("hd.ask.subject"));
        subject.setMaxLength(TicketService.SUBJECT_MAX_LENGTH);
        subject.setRequiredIndicatorVisible(true);
        subject.setWidthFull();

        category.setId("ask-category");
        category.setLabel(getTranslation("hd.ask.category"));
        category.setItems(TicketCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("hd.category." + c.name()));
        // Always has a value ("other" until the user picks one), so it is never "required but empty"; Select's
        // required indicator would also put aria-required on its button, which ARIA does not allow.
        category.setValue(TicketCategory.OTHER);

        body.setId("ask-body");
        body.setLabel(getTranslation("hd.ask.body"));
        body.setHelperText(getTranslation("hd.markdownHelp"));
        body.setMaxLength(TicketService.BODY_MAX_LENGTH);
        body.setRequiredIndicatorVisible(true);
        body.setWidthFull();
        body.setMinHeight("12rem");

        files = new HelpdeskUi.Files(this, "ask-attachments", attachments.maxFileBytes());
        Paragraph filesHelp = new Paragraph(getTranslation("hd.attachments.help", attachments.maxFileBytes() / (1024 * 1024),
                attachments.maxTicketBytes() / (1024 * 1024)));
        filesHelp.addClassName("help-text");
        Span filesError = new Span();
        filesError.setId("ask-attachments-error");
        filesError.addClassName("field-error");

        send.setText(getTranslation("hd.ask.send"));
        send.setId("ask-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> submit(filesError));

        errors.bind("subject", subject).bind("category", category).bind("body", body);
        add(step, stepError, subject, category, body, new Span(getTranslation("hd.attachments")), files.upload,
                filesHelp, filesError, send);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(HelpdeskRoutes.STEP_PARAMETER, List.of());
        pathStepId = null;
        if (!values.isEmpty()) {
            try {
                Long id = Long.valueOf(values.getFirst());
                tickets.pathStepTitle(id).ifPresent(title -> {
                    pathStepId = id;
                    step.setText(getTranslation("hd.ask.fromStep", title));
                    step.setVisible(true);
                    if (subject.isEmpty()) {
                        subject.setValue(getTranslation("hd.ask.stepSubject", title));
                    }
                    category.setValue(TicketCategory.PATH);
                });
            } catch (NumberFormatException ignored) {
                // not a step id: ask without a step
            }
        }
    }

    private void submit(Span filesError) {
        filesError.setText("");
        stepError.setVisible(false);
        try {
            TicketDetails t = tickets.ask(new TicketRequest(subject.getValue(), body.getValue(), category.getValue(),
                    pathStepId), List.copyOf(files.files));
            getUI().ifPresent(ui -> ui.navigate(HelpdeskRoutes.ticket(t.id())));
        } catch (FieldErrors e) {
            var rest = errors.show(e);
            if (rest.containsKey("attachments")) {
                filesError.setText(getTranslation(rest.get("attachments")));
            }
            if (rest.containsKey("pathStep")) {
                stepError.setText(getTranslation(rest.get("pathStep")));
                stepError.setVisible(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "hd.ask.title");
    }
}
