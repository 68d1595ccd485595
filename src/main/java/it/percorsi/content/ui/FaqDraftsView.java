package it.percorsi.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.DateTimes;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.base.ui.SiteChrome;
import it.percorsi.content.ContentLimits;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.DraftInfo;
import it.percorsi.base.ui.MarkdownEditor;
import it.percorsi.content.FaqDraftInfo;
import it.percorsi.content.FaqDraftService;
import it.percorsi.content.FaqTopic;
import it.percorsi.content.MarkdownRenderer;
import it.percorsi.content.RenderOptions;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Trainers review the FAQs help-desk staff proposed from resolved tickets: already anonymised,
 * with the referent's original question for context (never published) and the source ticket.
 * They edit question, topic and answer in the shared markdown editor with its preview, then submit
 * it to the authoring workflow (a new FAQ in review, published from its editor) or discard it.
 */
@Route(ContentRoutes.FAQ_DRAFTS)
@Menu(order = 82, title = "menu.faqDrafts")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
class FaqDraftsView extends Div implements HasDynamicTitle {

    private final FaqDraftService drafts;
    private final MarkdownRenderer renderer;
    private final DateTimes dates;
    final UnorderedList list = new UnorderedList();
    final Div editor = new Div();
    final TextField question = new TextField();
    final Select<FaqTopic> topic = new Select<>();
    /** The answer in the shared markdown editor, previewed as the FAQ page will show it. */
    final MarkdownEditor answerEditor;
    final TextArea answer;
    final Button publish = new Button();
    final Button discard = new Button();
    final Paragraph status = new Paragraph();
    List<FaqDraftInfo> pending;
    FaqDraftInfo selected;

    FaqDraftsView(FaqDraftService drafts, MarkdownRenderer renderer, DateTimes dates) {
        this.drafts = drafts;
        this.renderer = renderer;
        this.answerEditor = new MarkdownEditor(getTranslation("content.drafts.answer"),
                md -> renderer.render(md, new RenderOptions(null, "faq-anteprima-", 3, false)).html());
        this.answer = answerEditor.source();
        this.dates = dates;
        addClassName("content-page");
        H2 title = new H2(getTranslation("content.drafts.title"));
        title.setId("drafts-title");
        add(title, new Paragraph(getTranslation("content.drafts.intro")));
        status.setId("drafts-status");
        status.getElement().setAttribute("role", "status");
        list.setId("drafts-list");
        editor.setId("draft-editor");
        editor.setVisible(false);
        add(status, list, editor);
        buildEditor();
        refresh();
    }

    private void buildEditor() {
        question.setId("draft-question");
        question.setLabel(getTranslation("content.drafts.question"));
        question.setMaxLength(ContentLimits.TITLE_MAX_LENGTH);
        question.setWidthFull();
        question.setRequiredIndicatorVisible(true);
        topic.setId("draft-topic");
        topic.setLabel(getTranslation("content.drafts.topic"));
        topic.setItems(FaqTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation("content.faqTopic." + t.name()));
        answer.setId("draft-answer");
        answer.setHelperText(getTranslation("content.drafts.answerHelp"));
        answer.setRequiredIndicatorVisible(true);
        answerEditor.setWidthFull();
        publish.setText(getTranslation("content.drafts.publish"));
        publish.setId("draft-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());
        discard.setText(getTranslation("content.drafts.discard"));
        discard.setId("draft-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(e -> discard());
    }

    void refresh() {
        pending = drafts.pending();
        list.removeAll();
        if (pending.isEmpty()) {
            list.add(new ListItem(getTranslation("content.drafts.none")));
        }
        for (FaqDraftInfo d : pending) {
            Button open = new Button(d.question(), e -> select(d.id()));
            open.setId("draft-open-" + d.id());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            list.add(new ListItem(open, new com.vaadin.flow.component.html.Span(" · " + getTranslation(
                    "content.drafts.from", d.sourceTicketNumber(), dates.date(d.createdAt(), getLocale())))));
        }
    }

    void select(Long id) {
        selected = drafts.draft(id).orElse(null);
        editor.removeAll();
        if (selected == null) {
            editor.setVisible(false);
            return;
        }
        question.setValue(selected.question());
        topic.setValue(selected.topic());
        answerEditor.setValue(selected.answer());
        Anchor source = new Anchor(SiteChrome.TICKET_ROUTE + "/" + selected.sourceTicketId(),
                getTranslation("content.drafts.source", selected.sourceTicketNumber()));
        source.setId("draft-source");
        H3 heading = new H3(getTranslation("content.drafts.editing"));
        Section asked = new Section(new H3(getTranslation("content.drafts.asked")), new Pre(selected.asked()));
        asked.addClassName("draft-asked");
        editor.add(heading, source, asked, question, topic, answerEditor, publish, discard);
        editor.setVisible(true);
    }

    void publish() {
        FormErrors errors = new FormErrors().bind("question", question).bind("answer", answer).bind("topic", topic);
        try {
            DraftInfo submitted = drafts.submitForReview(selected.id(), selected.version(), question.getValue(),
                    answer.getValue(), topic.getValue());
            errors.clear();
            status.removeAll();
            status.setText(getTranslation("content.drafts.submitted") + " ");
            Anchor link = new Anchor(ContentRoutes.edit(ContentKind.FAQ, submitted.slug()),
                    getTranslation("content.drafts.openEditor"));
            link.setId("draft-published-link");
            status.add(link);
            editor.setVisible(false);
            refresh();
        } catch (FieldErrors e) {
            errors.show(e);
        }
    }

    void discard() {
        try {
            drafts.discard(selected.id(), selected.version());
            status.setText(getTranslation("content.drafts.discarded"));
            editor.setVisible(false);
            refresh();
        } catch (FieldErrors e) {
            new FormErrors().bind("question", question).show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "content.drafts.title");
    }
}
