package it.percorsi.path.ui;

import it.percorsi.base.ui.DateTimes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.path.PathLimits;
import it.percorsi.path.PathService;
import it.percorsi.path.PathStepView;
import it.percorsi.path.StepStatus;
import java.util.List;

/**
 * One step of the path page: why it is there, guides, tools, FAQs, self-checks, notes and the
 * status buttons. Every change goes to the service at once; the page then shows the new state.
 */
class StepPanel extends Details {

    private final PathService service;
    private final DateTimes dates;
    private final PathStepView step;
    private final Runnable onChange;
    final TextArea notes = new TextArea();
    final TextField skipReason = new TextField();
    final Button start = new Button();
    final Button done = new Button();
    final Button skip = new Button();
    final Button reopen = new Button();
    final Button saveNotes = new Button();

    StepPanel(PathService service, DateTimes dates, PathStepView step, boolean open, Runnable onChange) {
        this.service = service;
        this.dates = dates;
        this.step = step;
        this.onChange = onChange;
        setId("step-" + step.stepId());
        addClassName("path-step");
        addClassName("status-" + step.status().name().toLowerCase());
        setSummary(summary());
        setOpened(open);
        add(content());
    }

    PathStepView step() {
        return step;
    }

    private Div summary() {
        Span number = new Span(step.number() + ".");
        number.addClassName("path-step-number");
        Span title = new Span(step.title());
        title.addClassName("path-step-title");
        Span status = new Span(getTranslation("path.status." + step.status().name()));
        status.addClassName("path-status");
        status.addClassName("path-status-" + step.status().name().toLowerCase());
        status.setId("status-" + step.stepId());
        Span effort = new Span(getTranslation("path.step.effort", dates.hours(step.effortHours(), getLocale())));
        effort.addClassName("path-step-effort");
        Div summary = new Div(number, title, status, effort);
        if (step.current()) {
            Span current = new Span(getTranslation("path.step.current"));
            current.addClassName("path-step-current");
            summary.add(current);
        }
        summary.addClassName("path-step-summary");
        return summary;
    }

    private Div content() {
        Div content = new Div();
        content.addClassName("path-step-content");
        if (!step.summary().isBlank()) {
            content.add(new Paragraph(step.summary()));
        }
        if (!step.inLibrary()) {
            content.add(new Paragraph(getTranslation("path.step.notInLibrary")));
        }
        content.add(heading("path.step.reasons"), reasons());
        if (!step.guides().isEmpty()) {
            content.add(heading("path.step.guides"), links(step.guides(), "guide"));
        }
        if (!step.tools().isEmpty()) {
            content.add(heading("path.step.tools"), links(step.tools(), "tool"));
        }
        if (!step.faqs().isEmpty()) {
            UnorderedList faqs = new UnorderedList();
            step.faqs().forEach(f -> faqs.add(new ListItem(f.title())));
            content.add(heading("path.step.faqs"), faqs);
        }
        if (!step.checks().isEmpty()) {
            content.add(heading("path.step.checks"), checks());
        }
        content.add(notesEditor(), statusControls());
        if (step.updatedBy() != null) {
            Paragraph updated = new Paragraph(getTranslation("path.step.updated", step.updatedBy(),
                    dates.dateTime(step.updatedAt(), getLocale())));
            updated.addClassName("path-step-updated");
            content.add(updated);
        }
        return content;
    }

    private H4 heading(String key) {
        return new H4(getTranslation(key));
    }

    private UnorderedList reasons() {
        UnorderedList list = new UnorderedList();
        list.setId("reasons-" + step.stepId());
        list.addClassName("path-reasons");
        step.reasons().forEach(r -> list.add(new ListItem(getTranslation("path.because", r))));
        return list;
    }

    private UnorderedList links(List<PathStepView.ContentLink> links, String kind) {
        UnorderedList list = new UnorderedList();
        for (PathStepView.ContentLink link : links) {
            Anchor a = new Anchor(link.route(), link.title());
            a.setId(step.stepId() + "-" + kind + "-" + link.slug());
            list.add(new ListItem(a));
        }
        return list;
    }

    private Div checks() {
        Div box = new Div();
        box.addClassName("path-checks");
        for (PathStepView.SelfCheckView c : step.checks()) {
            Checkbox box1 = new Checkbox(c.text(), c.done());
            box1.setId(step.stepId() + "-check-" + c.id());
            box1.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    service.answerCheck(step.id(), c.id(), e.getValue());
                    onChange.run();
                }
            });
            box.add(box1);
        }
        return box;
    }

    private Div notesEditor() {
        notes.setLabel(getTranslation("path.step.notes"));
        notes.setValue(step.notes() == null ? "" : step.notes());
        notes.setMaxLength(PathLimits.NOTES_MAX_LENGTH);
        notes.setWidthFull();
        notes.setId("notes-" + step.stepId());
        saveNotes.setText(getTranslation("path.step.saveNotes"));
        saveNotes.setId("save-notes-" + step.stepId());
        FormErrors errors = new FormErrors().bind("notes", notes);
        saveNotes.addClickListener(e -> {
            try {
                service.saveNotes(step.id(), notes.getValue());
                onChange.run();
            } catch (FieldErrors ex) {
                errors.show(ex);
            }
        });
        return new Div(notes, saveNotes);
    }

    private Div statusControls() {
        start.setText(getTranslation("path.step.start"));
        start.setId("start-" + step.stepId());
        start.addClickListener(e -> change(StepStatus.IN_PROGRESS, null));
        done.setText(getTranslation("path.step.done"));
        done.setId("done-" + step.stepId());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> change(StepStatus.DONE, null));
        reopen.setText(getTranslation("path.step.reopen"));
        reopen.setId("reopen-" + step.stepId());
        reopen.addClickListener(e -> change(StepStatus.TODO, null));

        skipReason.setLabel(getTranslation("path.step.skipReason"));
        skipReason.setMaxLength(PathLimits.SKIP_REASON_MAX_LENGTH);
        skipReason.setId("skip-reason-" + step.stepId());
        skipReason.setVisible(false);
        Button confirmSkip = new Button(getTranslation("path.step.confirmSkip"));
        confirmSkip.setId("confirm-skip-" + step.stepId());
        confirmSkip.setVisible(false);
        FormErrors errors = new FormErrors().bind("skipReason", skipReason);
        confirmSkip.addClickListener(e -> {
            try {
                service.changeStatus(step.id(), StepStatus.SKIPPED, skipReason.getValue());
                onChange.run();
            } catch (FieldErrors ex) {
                errors.show(ex);
            }
        });
        skip.setText(getTranslation("path.step.skip"));
        skip.setId("skip-" + step.stepId());
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skip.addClickListener(e -> {
            skipReason.setVisible(true);
            confirmSkip.setVisible(true);
            skipReason.focus();
        });

        StepStatus s = step.status();
        start.setVisible(s == StepStatus.TODO);
        done.setVisible(s == StepStatus.TODO || s == StepStatus.IN_PROGRESS);
        skip.setVisible(s == StepStatus.TODO || s == StepStatus.IN_PROGRESS);
        reopen.setVisible(s.finished());
        Div box = new Div();
        if (s == StepStatus.SKIPPED && step.skipReason() != null) {
            Paragraph why = new Paragraph(getTranslation("path.step.skipped", step.skipReason()));
            why.setId("skipped-" + step.stepId());
            box.add(why);
        }
        HorizontalLayout buttons = new HorizontalLayout(start, done, skip, reopen);
        buttons.setWrap(true);
        HorizontalLayout skipRow = new HorizontalLayout(skipReason, confirmSkip);
        skipRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        box.add(buttons, skipRow);
        box.addClassName("path-step-actions");
        return box;
    }

    private void change(StepStatus status, String reason) {
        service.changeStatus(step.id(), status, reason);
        onChange.run();
    }
}
