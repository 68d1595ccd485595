package it.percorsi.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.content.GuideFeedback;
import it.percorsi.content.ContentKind;
import it.percorsi.content.GuideFeedbackService;

/** "Was this guide useful?": yes / no and an optional comment, pre-filled with the reader's last answer. */
class FeedbackForm extends Section {

    final RadioButtonGroup<Boolean> useful = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final Button submit = new Button();
    final Paragraph status = new Paragraph();

    FeedbackForm(GuideFeedbackService feedback, String slug) {
        this(feedback, ContentKind.GUIDE, slug);
    }

    /** The form for a guide or, with FAQ wording, for a FAQ. */
    FeedbackForm(GuideFeedbackService feedback, ContentKind kind, String slug) {
        boolean faq = kind == ContentKind.FAQ;
        addClassName("guide-feedback");
        setId("guide-feedback");
        H3 title = new H3(getTranslation(faq ? "content.feedback.faqTitle" : "content.feedback.title"));
        title.setId("feedback-title");
        getElement().setAttribute("aria-labelledby", "feedback-title");

        useful.setLabel(getTranslation(faq ? "content.feedback.faqUseful" : "content.feedback.useful"));
        useful.setItems(Boolean.TRUE, Boolean.FALSE);
        useful.setItemLabelGenerator(b -> getTranslation(b ? "content.feedback.yes" : "content.feedback.no"));
        useful.setId("feedback-useful");

        comment.setLabel(getTranslation("content.feedback.comment"));
        comment.setHelperText(getTranslation("content.feedback.commentHelp", GuideFeedback.COMMENT_MAX_LENGTH));
        comment.setMaxLength(GuideFeedback.COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        comment.setId("feedback-comment");

        submit.setText(getTranslation("content.feedback.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("feedback-submit");

        status.setId("feedback-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");

        feedback.mine(kind, slug).ifPresent(previous -> {
            useful.setValue(previous.useful());
            comment.setValue(previous.comment() == null ? "" : previous.comment());
        });

        FormErrors errors = new FormErrors().bind("useful", useful).bind("comment", comment);
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
        add(title, useful, comment, submit, status);
    }
}
