package it.percorsi.path.ui;

import it.percorsi.base.ui.StaticHtml;
import it.percorsi.base.ui.ContentText;
import it.percorsi.base.ui.DateTimes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
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
import it.percorsi.content.ContentRoutes;
import it.percorsi.path.PathLimits;
import it.percorsi.path.PathRoutes;
import it.percorsi.path.PathService;
import it.percorsi.path.PathStepView;
import it.percorsi.path.StepChangedMeanwhile;
import it.percorsi.path.StepAction;
import it.percorsi.path.StepStatus;
import java.util.List;

/**
 * One step of the path page: why it is there, guides, tools, FAQs, self-checks, notes and the
 * status buttons. Every change goes to the service at once; the page then shows the new state.
 * <p>
 * The panel is the same {@code <vaadin-details>} element Flow's {@link Details} makes, without that
 * class's synchronised {@code opened} property (issue 14): the web component announces its initial
 * state with an {@code opened-changed} event, and Flow's Details sent that to the server for every
 * panel, one extra round trip after each path page. Here only the change the panel waits for reaches
 * the server: a closed panel listens for being opened, an open one for being closed.
 */
@Tag("vaadin-details")
@Uses(Details.class)
class StepPanel extends Component implements HasComponents, HasStyle {

    private final PathService service;
    private final DateTimes dates;
    private final List<StepAction> actions;
    private PathStepView step;
    private final Runnable onChange;
    private final Conflicts onConflict;
    // The content of a closed step is built when it is first opened (issue 14: a path page holds the
    // open step's fields and buttons, not every step's); until then these are null.
    Div conflict;
    TextArea notes;
    TextField skipReason;
    Button start;
    Button done;
    Button skip;
    Button reopen;
    Button saveNotes;
    Span notesSaved;
    private boolean opened;
    private DomListenerRegistration toggle;

    /** What the page does when a save finds the step changed meanwhile: reload it, keeping what the user typed. */
    interface Conflicts {
        void changedMeanwhile(Long stepId, String typedNotes, String typedSkipReason);
    }

    StepPanel(PathService service, DateTimes dates, List<StepAction> actions, PathStepView step, boolean open,
            Runnable onChange, Conflicts onConflict) {
        this.service = service;
        this.actions = actions;
        this.dates = dates;
        this.step = step;
        this.onChange = onChange;
        this.onConflict = onConflict;
        setId("step-" + step.stepId());
        addClassName("path-step");
        addClassName("status-" + step.status().name().toLowerCase());
        Element summary = new Element("vaadin-details-summary").setAttribute("slot", "summary");
        summary.appendChild(summary().getElement());
        getElement().appendChild(summary);
        setOpened(open);
    }

    boolean isOpened() {
        return opened;
    }

    /** Opens or closes the panel from the server (e.g. after a conflict); an opened panel gets its content. */
    void setOpened(boolean open) {
        getElement().setProperty("opened", open);
        toggled(open);
    }

    /** The panel is now open or closed (on the server's word or the user's): build what it shows, wait for the next change. */
    private void toggled(boolean open) {
        opened = open;
        if (open) {
            ensureContent();
        }
        if (toggle != null) {
            toggle.remove();
        }
        toggle = getElement().addEventListener("opened-changed",
                        e -> toggled(e.getEventData().get(OPENED_NOW).asBoolean()))
                .addEventData(OPENED_NOW).setFilter(open ? "!" + OPENED_NOW : OPENED_NOW);
    }

    /** The event data the panel's toggle listener reads: the web component's new {@code opened} value. */
    static final String OPENED_NOW = "event.detail.value";

    /** Builds the step's content the first time it is needed (open from the start, or opened later). */
    void ensureContent() {
        if (notes == null) {
            conflict = new Div();
            notes = new TextArea();
            skipReason = new TextField();
            start = new Button();
            done = new Button();
            skip = new Button();
            reopen = new Button();
            saveNotes = new Button();
            notesSaved = new Span();
            add(content());
        }
    }

    PathStepView step() {
        return step;
    }

    /** Moves keyboard focus to this step's summary (its toggle), e.g. after its status changed. */
    void focusSummary() {
        getElement().executeJs("const s = this.querySelector('vaadin-details-summary') || this; s.focus();"
                + " s.scrollIntoView({block: 'center'});");
    }

    /** Number, title, status, effort and "current": one read-only component (issue 14), the same elements as before. */
    private StaticHtml.Part summary() {
        org.jsoup.nodes.Element summary = StaticHtml.root("div").addClass("path-step-summary");
        summary.appendElement("span").addClass("path-step-number").text(step.number() + ".");
        StaticHtml.text(summary, "span", step.title()).addClass("path-step-title");
        summary.appendElement("span").addClass("path-status")
                .addClass("path-status-" + step.status().name().toLowerCase()).id("status-" + step.stepId())
                .text(getTranslation("path.status." + step.status().name()));
        summary.appendElement("span").addClass("path-step-effort")
                .text(getTranslation("path.step.effort", dates.hours(step.effortHours(), getLocale())));
        if (step.current()) {
            summary.appendElement("span").addClass("path-step-current").text(getTranslation("path.step.current"));
        }
        return StaticHtml.of(summary);
    }

    private Div content() {
        Div content = new Div();
        content.addClassName("path-step-content");
        if (!step.summary().isBlank()) {
            content.add(ContentText.set(new Paragraph(), step.summary()));
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
            content.add(heading("path.step.faqs"), links(step.faqs(), "faq"));
        }
        if (!step.checks().isEmpty()) {
            content.add(heading("path.step.checks"), checks());
        }
        conflict.setId("conflict-" + step.stepId());
        conflict.addClassName("path-step-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        content.add(conflict, notesEditor(), statusControls());
        actions.forEach(a -> content.add(action(a)));
        if (step.updatedBy() != null) {
            Paragraph updated = new Paragraph(getTranslation("path.step.updated", step.updatedBy(),
                    dates.dateTime(step.updatedAt(), getLocale())));
            updated.addClassName("path-step-updated");
            content.add(updated);
        }
        return content;
    }

    /** A link another feature offers on the step (e.g. the help desk's question form, pre-filled). */
    private Anchor action(StepAction action) {
        Anchor link = new Anchor(action.route(step.id()), getTranslation(action.labelKey()));
        link.setId(action.id() + "-" + step.stepId());
        link.addClassName("path-step-" + action.id());
        return link;
    }

    private H4 heading(String key) {
        return new H4(getTranslation(key));
    }

    private UnorderedList reasons() {
        UnorderedList list = new UnorderedList();
        list.setId("reasons-" + step.stepId());
        list.addClassName("path-reasons");
        step.reasons().forEach(r -> list.add(ContentText.fill(new ListItem(), "path.because", r)));
        return list;
    }

    private UnorderedList links(List<PathStepView.ContentLink> links, String kind) {
        UnorderedList list = new UnorderedList();
        for (PathStepView.ContentLink link : links) {
            // a guide opened from a step offers the way back to it (GuideView reads "?da=")
            String route = "guide".equals(kind) ? ContentRoutes.withReturnTo(link.route(), PathRoutes.step(step.id())) : link.route();
            Anchor a = new Anchor(route, ContentText.in(link.title()));
            ContentText.mark(a, link.title());
            a.setId(step.stepId() + "-" + kind + "-" + link.slug());
            list.add(new ListItem(a));
        }
        return list;
    }

    private Div checks() {
        Div box = new Div();
        box.addClassName("path-checks");
        for (PathStepView.SelfCheckView c : step.checks()) {
            SelfCheck check = new SelfCheck(step.stepId() + "-check-" + c.id(), c.text(), c.done(), done -> {
                service.answerCheck(step.id(), c.id(), done);
                onChange.run();
            });
            box.add(check);
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
        // a polite live region: the confirmation is read out without moving focus
        notesSaved.setId("notes-saved-" + step.stepId());
        notesSaved.addClassName("path-notes-saved");
        notesSaved.getElement().setAttribute("role", "status");
        saveNotes.addClickListener(e -> {
            try {
                // keep the panel (and the user's place in it); take the new version for the next save
                step = service.saveNotes(step.id(), step.version(), notes.getValue());
                notes.setInvalid(false);
                notesSaved.setText(getTranslation("path.step.notesSaved"));
            } catch (FieldErrors ex) {
                notesSaved.setText("");
                errors.show(ex);
            } catch (StepChangedMeanwhile ex) {
                onConflict.changedMeanwhile(step.id(), notes.getValue(), null);
            }
        });
        notes.addValueChangeListener(e -> notesSaved.setText(""));
        HorizontalLayout row = new HorizontalLayout(saveNotes, notesSaved);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return new Div(notes, row);
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
                service.changeStatus(step.id(), step.version(), StepStatus.SKIPPED, skipReason.getValue());
                onChange.run();
            } catch (FieldErrors ex) {
                errors.show(ex);
            } catch (StepChangedMeanwhile ex) {
                onConflict.changedMeanwhile(step.id(), unsavedNotes(), skipReason.getValue());
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
        try {
            service.changeStatus(step.id(), step.version(), status, reason);
            onChange.run();
        } catch (StepChangedMeanwhile ex) {
            onConflict.changedMeanwhile(step.id(), unsavedNotes(), null);
        }
    }

    /** Notes typed but not saved yet, or null when the field still shows the saved text. */
    private String unsavedNotes() {
        if (notes == null) {
            return null;
        }
        String saved = step.notes() == null ? "" : step.notes();
        return notes.getValue().equals(saved) ? null : notes.getValue();
    }

    /**
     * Shown on the freshly loaded panel after a conflict: the other person's version (status,
     * notes, who and when) and, back in the fields, what this user typed, so nothing is lost.
     */
    void showConflict(String typedNotes, String typedSkipReason) {
        ensureContent();
        conflict.removeAll();
        String who = step.updatedBy() == null ? "" : step.updatedBy();
        String when = step.updatedAt() == null ? "" : dates.dateTime(step.updatedAt(), getLocale());
        conflict.add(new Paragraph(getTranslation("path.conflict.intro", who, when,
                getTranslation("path.status." + step.status().name()))));
        Paragraph theirNotes = new Paragraph(step.notes() == null || step.notes().isBlank()
                ? getTranslation("path.conflict.noNotes") : getTranslation("path.conflict.theirNotes", step.notes()));
        theirNotes.setId("conflict-notes-" + step.stepId());
        conflict.add(theirNotes);
        if (typedNotes != null) {
            notes.setValue(typedNotes);
            conflict.add(new Paragraph(getTranslation("path.conflict.yourText")));
        }
        if (typedSkipReason != null) {
            skipReason.setValue(typedSkipReason);
        }
        conflict.add(new Paragraph(getTranslation("path.conflict.again")));
        conflict.setVisible(true);
        setOpened(true);
    }
}
