package it.percorsi.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.content.ContentKind;
import it.percorsi.content.GuideFeedback;
import it.percorsi.content.GuideFeedbackService;

/**
 * "Was this guide useful?". The page shows the question with two buttons, Yes and No: one click
 * records the answer. Only then (or on "change your answer", when the reader answered before) is the
 * form built, with the answer chosen and an optional comment: a reader who only reads costs the
 * server a title and two buttons, not a form (issue 14).
 */
class FeedbackForm extends Section {

    private final GuideFeedbackService feedback;
    private final ContentKind kind;
    private final String slug;
    private final Div prompt = new Div();

    /** The quick answers, until the form is open (null when the reader answered before). */
    Button yes;
    Button no;
    /** "Change your answer", when the reader answered before. */
    Button change;
    /** The form's fields, null until it is open. */
    RadioButtonGroup<Boolean> useful;
    TextArea comment;
    Button submit;
    private FormErrors errors;
    final Paragraph status = new Paragraph();

    FeedbackForm(GuideFeedbackService feedback, String slug) {
        this(feedback, ContentKind.GUIDE, slug);
    }

    /** The question for a guide or, with FAQ wording, for a FAQ. */
    FeedbackForm(GuideFeedbackService feedback, ContentKind kind, String slug) {
        this.feedback = feedback;
        this.kind = kind;
        this.slug = slug;
        addClassName("guide-feedback");
        setId("guide-feedback");
        // the heading is read-only markup: one state node instead of two (issue 14)
        com.vaadin.flow.component.Component title = it.percorsi.base.ui.StaticHtml.of(it.percorsi.base.ui.StaticHtml.root("h3")
                .id("feedback-title").text(getTranslation(kind == ContentKind.FAQ ? "content.feedback.faqTitle" : "content.feedback.title")));
        getElement().setAttribute("aria-labelledby", "feedback-title");

        status.setId("feedback-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");

        prompt.addClassName("feedback-prompt");
        prompt.getElement().setAttribute("role", "group");
        prompt.getElement().setAttribute("aria-labelledby", "feedback-title");
        GuideFeedback previous = feedback.mine(kind, slug).orElse(null);
        if (previous == null) {
            yes = quickAnswer(true);
            no = quickAnswer(false);
            prompt.add(yes, no);
        } else {
            Paragraph answer = new Paragraph(getTranslation("content.feedback.previous", yesNo(previous.useful())));
            answer.setId("feedback-previous");
            change = new Button(getTranslation("content.feedback.change"), e -> {
                open(previous.useful(), previous.comment());
                // focus on the chosen answer, where a keyboard user changes it with the arrows
                useful.getElement().executeJs("const r = this.querySelector('vaadin-radio-button[checked]')"
                        + " || this.querySelector('vaadin-radio-button'); if (r) { r.focus(); }");
            });
            change.setId("feedback-change");
            prompt.add(answer, change);
        }
        add(title, prompt, status);
    }

    private Button quickAnswer(boolean value) {
        Button button = new Button(yesNo(value), e -> {
            // a comment written meanwhile in another tab is kept
            String kept = feedback.mine(kind, slug).map(GuideFeedback::comment).orElse("");
            try {
                feedback.answer(kind, slug, value, kept);
            } catch (FieldErrors ex) { // not expected for a bare yes/no; the form shows it next to its field
                open(value, kept);
                errors.show(ex);
                return;
            }
            open(value, kept);
            status.setText(getTranslation("content.feedback.recorded"));
            comment.focus();
        });
        button.setId(value ? "feedback-yes" : "feedback-no");
        return button;
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "content.feedback.yes" : "content.feedback.no");
    }

    /** Builds the form in place of the quick answers, with this answer chosen. */
    void open(Boolean value, String previousComment) {
        if (useful != null) {
            return;
        }
        useful = new RadioButtonGroup<>();
        useful.setLabel(getTranslation(kind == ContentKind.FAQ ? "content.feedback.faqUseful" : "content.feedback.useful"));
        useful.setItems(Boolean.TRUE, Boolean.FALSE);
        useful.setItemLabelGenerator(this::yesNo);
        useful.setId("feedback-useful");

        comment = new TextArea();
        comment.setLabel(getTranslation("content.feedback.comment"));
        comment.setHelperText(getTranslation("content.feedback.commentHelp", GuideFeedback.COMMENT_MAX_LENGTH));
        comment.setMaxLength(GuideFeedback.COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        comment.setId("feedback-comment");

        submit = new Button(getTranslation("content.feedback.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("feedback-submit");

        useful.setValue(value);
        comment.setValue(previousComment == null ? "" : previousComment);

        errors = new FormErrors().bind("useful", useful).bind("comment", comment);
        submit.addClickListener(e -> {
            try {
                feedback.answer(kind, slug, useful.getValue(), comment.getValue());
                errors.clear();
                status.setText(getTranslation("content.feedback.saved"));
            } catch (FieldErrors ex) {
                status.setText("");
                errors.show(ex);
            }
        });
        remove(prompt);
        addComponentAtIndex(1, new Div(useful, comment, submit));
        yes = no = change = null;
    }
}
