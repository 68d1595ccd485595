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
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import it.percorsi.base.ui.ContentText;
import it.percorsi.content.ContentKind;
import it.percorsi.content.SearchHit;
import it.percorsi.content.SearchService;
import it.percorsi.helpdesk.AttachmentService;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.TicketCategory;
import it.percorsi.helpdesk.TicketDetails;
import it.percorsi.helpdesk.TicketRequest;
import it.percorsi.helpdesk.TicketService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A referent asks the help desk; from a path step the step is pre-filled (?passo=id). While the
 * referent writes, published FAQs and guides that match appear beside the form (they open in a
 * new tab, so nothing typed is lost); opening one and leaving without sending counts as a
 * question answered without a ticket.
 */
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
    private final SearchService search;
    final Aside suggestions = new Aside();
    final UnorderedList suggestionList = new UnorderedList();
    List<SearchHit> suggested = List.of();
    SearchHit opened;
    boolean sent;

    static final int SUGGESTIONS = 5;

    AskView(TicketService tickets, AttachmentService attachments, SearchService search) {
        this.tickets = tickets;
        this.search = search;
        setMaxWidth("72rem");
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
        VerticalLayout form = new VerticalLayout(step, stepError, subject, category, body,
                new Span(getTranslation("hd.attachments")), files.upload, filesHelp, filesError, send);
        form.setPadding(false);
        form.addClassName("ask-form");

        H3 suggestionsTitle = new H3(getTranslation("hd.ask.suggestions"));
        suggestionsTitle.setId("ask-suggestions-title");
        Paragraph suggestionsHelp = new Paragraph(getTranslation("hd.ask.suggestionsHelp"));
        suggestionsHelp.addClassName("help-text");
        suggestions.setId("ask-suggestions");
        suggestions.addClassName("ask-suggestions");
        suggestions.getElement().setAttribute("aria-labelledby", "ask-suggestions-title");
        suggestions.getElement().setAttribute("aria-live", "polite");
        suggestions.add(suggestionsTitle, suggestionsHelp, suggestionList);
        suggestions.setVisible(false);
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.setValueChangeTimeout(400);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(600);
        subject.addValueChangeListener(e -> refreshSuggestions());
        body.addValueChangeListener(e -> refreshSuggestions());

        FlexLayout columns = new FlexLayout(form, suggestions);
        columns.addClassName("ask-columns");
        columns.setWidthFull();
        add(columns);
    }

    /** The published FAQs and guides matching what is typed so far; hidden when nothing matches. */
    void refreshSuggestions() {
        String text = (subject.getValue() + " " + body.getValue()).strip();
        suggested = text.length() < 3 ? List.of() : search.related(text, null, SUGGESTIONS * 2).stream()
                .filter(h -> h.kind() != ContentKind.TOOL).limit(SUGGESTIONS).toList();
        suggestionList.removeAll();
        for (SearchHit hit : suggested) {
            Anchor link = new Anchor(hit.route(), ContentText.in(hit.title()), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener");
            link.setId("ask-suggestion-" + hit.kind().name().toLowerCase() + "-" + hit.slug());
            Span newTab = new Span(getTranslation("hd.ask.newTab"));
            newTab.addClassName("visually-hidden");
            link.add(newTab);
            link.getElement().addEventListener("click", e -> opened = hit);
            Span kind = new Span(getTranslation("hd.ask.kind." + hit.kind().name()));
            kind.addClassName("search-kind-badge");
            suggestionList.add(new ListItem(kind, new Span(" "), link));
        }
        suggestions.setVisible(!suggested.isEmpty());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // left the page after reading a suggestion, without sending: answered without a ticket
        if (opened != null && !sent) {
            search.recordAnsweredWithoutTicket(opened.kind(), opened.slug());
            opened = null;
        }
        super.onDetach(event);
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
            sent = true;
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
