package it.percorsi.assessment.ui;

import it.percorsi.base.ui.DateTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import it.percorsi.account.Role;
import it.percorsi.assessment.AssessmentDraft;
import it.percorsi.assessment.AssessmentResult;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.Questionnaire;
import it.percorsi.assessment.Questionnaire.Question;
import it.percorsi.assessment.Questionnaire.Section;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.content.ContentRef;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.GuideService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The self-assessment wizard: one section per page with a progress indicator, back and next
 * (answers are saved on both), messages next to the questions, and a summary before completing.
 * It resumes where any referent of the administration left off.
 */
@Route("autovalutazione")
@PageTitle("Percorsi")
@Menu(order = 20, title = "menu.assessment")
@RolesAllowed(Role.REFERENT_NAME)
public class AssessmentView extends VerticalLayout {

    private final AssessmentService service;
    private final DateTimes dates;
    private final GuideService guides;
    private Questionnaire questionnaire;
    private Map<String, List<String>> answers = new LinkedHashMap<>();
    int sectionIndex;

    final Map<String, Component> fields = new LinkedHashMap<>();
    private FormErrors formErrors = new FormErrors();
    final Span progressText = new Span();
    final ProgressBar progress = new ProgressBar();
    final Div body = new Div();
    final Button back = new Button();
    final Button next = new Button();
    final Button complete = new Button();
    final Paragraph missing = new Paragraph();

    public AssessmentView(AssessmentService service, GuideService guides, DateTimes dates) {
        this.service = service;
        this.dates = dates;
        this.guides = guides;
        setId("main-content");
        addClassName("assessment-view");
        try {
            questionnaire = service.questionnaire();
        } catch (IllegalStateException e) {
            add(new H2(getTranslation("menu.assessment")), new Paragraph(getTranslation("assessment.unavailable")));
            return;
        }
        AssessmentDraft draft = service.draft();
        answers = new LinkedHashMap<>(draft.answers());
        sectionIndex = Math.min(draft.currentSection(), questionnaire.sections().size());

        H2 title = new H2(questionnaire.title());
        title.setId("assessment-title");
        add(title, new Paragraph(questionnaire.intro()));
        if (!answers.isEmpty()) {
            Paragraph resume = new Paragraph(getTranslation("assessment.resume", draft.updatedBy(),
                    dates.dateTime(draft.updatedAt(), getLocale())));
            resume.setId("assessment-resume");
            resume.addClassName("assessment-resume");
            add(resume);
        }
        progressText.setId("assessment-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("assessment.progress.aria"));
        back.setText(getTranslation("assessment.back"));
        back.setId("assessment-back");
        back.addClickListener(e -> goBack());
        next.setId("assessment-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> goNext());
        complete.setText(getTranslation("assessment.summary.complete"));
        complete.setId("assessment-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(e -> completeAssessment());
        missing.setId("assessment-missing");
        body.setWidthFull();
        add(progressText, progress, body);
        render();
    }

    private void render() {
        body.removeAll();
        fields.clear();
        formErrors = new FormErrors();
        int total = questionnaire.sections().size();
        progress.setValue((double) sectionIndex / total);
        if (sectionIndex >= total) {
            progressText.setText(getTranslation("assessment.progress.summary"));
            renderSummary();
        } else {
            Section section = questionnaire.sections().get(sectionIndex);
            progressText.setText(getTranslation("assessment.progress", sectionIndex + 1, total) + ": " + section.title());
            renderSection(section);
        }
    }

    private void renderSection(Section section) {
        H3 title = new H3(section.title());
        title.setId("section-title");
        body.add(title);
        if (!section.intro().isBlank()) {
            body.add(new Paragraph(section.intro()));
        }
        for (Question q : section.questions()) {
            Component field = q.multiple() ? checkboxes(q) : radios(q);
            field.setId("q-" + q.id());
            field.addClassName("assessment-question");
            fields.put(q.id(), field);
            formErrors.bind(q.id(), (HasValidation) field);
            body.add(field);
        }
        fields.values().forEach(f -> ((HasValue<?, ?>) f).addValueChangeListener(e -> updateVisibility()));
        updateVisibility();
        if (!section.guides().isEmpty()) {
            Div more = new Div(new Span(getTranslation("assessment.readMore") + ": "));
            more.addClassName("assessment-read-more");
            section.guides().forEach(g -> more.add(new Anchor(ContentRoutes.guide(g),
                    guides.findGuide(g).map(ContentRef::title).orElse(g)), new Span(" ")));
            body.add(more);
        }
        back.setEnabled(sectionIndex > 0);
        next.setText(getTranslation(sectionIndex == questionnaire.sections().size() - 1 ? "assessment.toSummary"
                : "assessment.next"));
        HorizontalLayout buttons = new HorizontalLayout(back, next);
        buttons.addClassName("assessment-buttons");
        body.add(buttons);
    }

    private RadioButtonGroup<String> radios(Question q) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(q.text());
        group.setItems(q.options().stream().map(Questionnaire.Option::value).toList());
        group.setItemLabelGenerator(v -> q.option(v).map(Questionnaire.Option::label).orElse(v));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setHelperText(q.help().isBlank() ? null : q.help());
        group.setRequiredIndicatorVisible(q.required());
        List<String> saved = answers.getOrDefault(q.id(), List.of());
        if (!saved.isEmpty()) {
            group.setValue(saved.getFirst());
        }
        return group;
    }

    private CheckboxGroup<String> checkboxes(Question q) {
        CheckboxGroup<String> group = new CheckboxGroup<>(q.text());
        group.setItems(q.options().stream().map(Questionnaire.Option::value).toList());
        group.setItemLabelGenerator(v -> q.option(v).map(Questionnaire.Option::label).orElse(v));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setHelperText(q.help().isBlank() ? null : q.help());
        group.setRequiredIndicatorVisible(q.required());
        group.setValue(new LinkedHashSet<>(answers.getOrDefault(q.id(), List.of())));
        return group;
    }

    /** Values currently in the fields of the section, as the service takes them. */
    Map<String, List<String>> currentValues() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        fields.forEach((id, field) -> {
            Object v = ((HasValue<?, ?>) field).getValue();
            if (v instanceof String s) {
                values.put(id, List.of(s));
            } else if (v instanceof java.util.Collection<?> c) {
                values.put(id, c.stream().map(String::valueOf).toList());
            } else {
                values.put(id, List.of());
            }
        });
        return values;
    }

    private void updateVisibility() {
        Map<String, List<String>> merged = new LinkedHashMap<>(answers);
        merged.putAll(currentValues());
        fields.forEach((id, field) -> field.setVisible(questionnaire.question(id)
                .map(q -> questionnaire.isAsked(q, merged)).orElse(true)));
    }

    private Section currentSection() {
        return questionnaire.sections().get(sectionIndex);
    }

    private void goNext() {
        formErrors.clear();
        try {
            answers = new LinkedHashMap<>(service.saveSection(currentSection().id(), currentValues(), true).answers());
            sectionIndex++;
            render();
            progressText.scrollIntoView();
        } catch (FieldErrors e) {
            formErrors.show(e);
            Notification n = Notification.show(getTranslation("assessment.fixErrors"));
            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private void goBack() {
        if (sectionIndex < questionnaire.sections().size()) {
            answers = new LinkedHashMap<>(service.saveSection(currentSection().id(), currentValues(), false).answers());
        }
        sectionIndex = Math.max(0, sectionIndex - 1);
        render();
    }

    private void renderSummary() {
        H3 title = new H3(getTranslation("assessment.summary.title"));
        title.setId("section-title");
        body.add(title, new Paragraph(getTranslation("assessment.summary.intro")));
        Map<String, String> problems = service.problems();
        for (int i = 0; i < questionnaire.sections().size(); i++) {
            body.add(summaryOf(questionnaire.sections().get(i), i, problems));
        }
        missing.setText(problems.isEmpty() ? "" : getTranslation("assessment.summary.missing", problems.size()));
        missing.setVisible(!problems.isEmpty());
        back.setEnabled(true);
        body.add(missing, new HorizontalLayout(back, complete));
    }

    private Component summaryOf(Section section, int index, Map<String, String> problems) {
        Div box = new Div();
        box.addClassName("assessment-summary-section");
        box.setId("summary-" + section.id());
        com.vaadin.flow.component.html.H4 heading = new com.vaadin.flow.component.html.H4(section.title());
        box.add(heading);
        boolean incomplete = section.questions().stream().anyMatch(q -> problems.containsKey(q.id()));
        if (incomplete) {
            Span flag = new Span(getTranslation("assessment.summary.sectionIncomplete"));
            flag.addClassName("assessment-incomplete");
            box.add(flag);
        }
        com.vaadin.flow.component.html.DescriptionList list = new com.vaadin.flow.component.html.DescriptionList();
        for (Question q : section.questions()) {
            if (!questionnaire.isAsked(q, answers)) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            answers.getOrDefault(q.id(), List.of())
                    .forEach(v -> q.option(v).ifPresent(o -> labels.add(o.label())));
            String answer = labels.isEmpty() ? getTranslation("assessment.summary.unanswered") : String.join("; ", labels);
            var term = new com.vaadin.flow.component.html.DescriptionList.Term(q.text());
            var description = new com.vaadin.flow.component.html.DescriptionList.Description(answer);
            if (problems.containsKey(q.id())) {
                description.addClassName("assessment-unanswered");
            }
            list.add(term, description);
        }
        Button edit = new Button(getTranslation("assessment.summary.edit", section.title()), e -> {
            sectionIndex = index;
            render();
        });
        edit.setId("edit-" + section.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(list, edit);
        return box;
    }

    private void completeAssessment() {
        try {
            AssessmentResult result = service.complete();
            getUI().ifPresent(ui -> ui.navigate(AssessmentResultsView.class,
                    new RouteParameters("id", String.valueOf(result.id()))));
        } catch (FieldErrors e) {
            render();
        }
    }
}
