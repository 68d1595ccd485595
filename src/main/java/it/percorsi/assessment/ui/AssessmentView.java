package it.percorsi.assessment.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.assessment.AssessmentRoutes;
import it.percorsi.base.i18n.Localized;
import it.percorsi.base.ui.ContentText;
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
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import it.percorsi.account.Role;
import it.percorsi.assessment.AssessmentDraft;
import it.percorsi.assessment.AssessmentResult;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.AssessmentSummary;
import it.percorsi.assessment.Facets;
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
import java.util.Optional;

/**
 * The self-assessment wizard: one section per page with a progress indicator, back and next
 * (answers are saved on both), messages next to the questions, and a summary before completing.
 * It resumes where any referent of the administration left off.
 */
@Route(AssessmentRoutes.ASSESSMENT)
@Menu(order = 20, title = "menu.assessment")
@RolesAllowed(Role.REFERENT_NAME)
public class AssessmentView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameter of "retake the assessment" (from the results page): go straight to the wizard. */
    public static final String RETAKE = "nuova";

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
    final Paragraph errorSummary = new Paragraph();

    public AssessmentView(AssessmentService service, GuideService guides, DateTimes dates) {
        this.service = service;
        this.dates = dates;
        this.guides = guides;
        addClassName("assessment-view");
        try {
            questionnaire = service.questionnaire();
        } catch (IllegalStateException e) {
            add(new H2(getTranslation("menu.assessment")), new Paragraph(getTranslation("assessment.unavailable")));
            return;
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
        errorSummary.setId("assessment-errors");
        errorSummary.addClassName("assessment-errors");
        errorSummary.getElement().setAttribute("role", "alert");
        body.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (questionnaire == null) {
            return;
        }
        boolean retake = event.getLocation().getQueryParameters().getParameters().containsKey(RETAKE);
        Optional<AssessmentResult> latest = retake || service.hasDraft() ? Optional.empty() : service.latestResult();
        if (latest.isPresent()) {
            showOverview(latest.get());
        } else {
            startWizard();
        }
    }

    /** A completed assessment and no draft: the latest results, the history, and a way to retake it. */
    private void showOverview(AssessmentResult latest) {
        removeAll();
        H2 title = new H2(getTranslation("menu.assessment"));
        title.setId("assessment-title");
        String level = ContentText.in(questionnaire.valueLabel(Facets.EXPERIENCE, latest.profile().experience().name()));
        Paragraph done = new Paragraph(getTranslation("assessment.overview.latest", dates.dateTime(latest.completedAt(), getLocale()),
                latest.completedBy(), level));
        done.setId("assessment-latest");
        Anchor results = new Anchor(AssessmentRoutes.results(latest.id()), getTranslation("assessment.overview.results"));
        results.setId("assessment-latest-results");
        Button retake = new Button(getTranslation("assessment.results.retake"), e -> startWizard());
        retake.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retake.setId("assessment-retake");
        Paragraph retakeHelp = new Paragraph(getTranslation("assessment.overview.retakeHelp"));
        add(title, done, new Paragraph(results), retakeHelp, retake);
        List<AssessmentSummary> history = service.history();
        H3 historyTitle = new H3(getTranslation("assessment.results.history"));
        UnorderedList list = new UnorderedList();
        list.setId("assessment-history");
        for (AssessmentSummary s : history) {
            list.add(new ListItem(new Anchor(AssessmentRoutes.results(s.id()),
                    getTranslation("assessment.overview.historyItem", dates.dateTime(s.completedAt(), getLocale()), s.completedBy(),
                            getTranslation("experience." + s.experience().name())))));
        }
        add(historyTitle, list);
    }

    private void startWizard() {
        removeAll();
        AssessmentDraft draft = service.draft();
        answers = new LinkedHashMap<>(draft.answers());
        sectionIndex = Math.min(draft.currentSection(), questionnaire.sections().size());

        H2 title = ContentText.set(new H2(), questionnaire.title());
        title.setId("assessment-title");
        add(title, ContentText.set(new Paragraph(), questionnaire.intro()));
        if (!answers.isEmpty()) {
            Paragraph resume = new Paragraph(getTranslation("assessment.resume", draft.updatedBy(),
                    dates.dateTime(draft.updatedAt(), getLocale())));
            resume.setId("assessment-resume");
            resume.addClassName("assessment-resume");
            add(resume);
        }
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
            progressText.setText(getTranslation("assessment.progress", sectionIndex + 1, total) + ": "
                    + ContentText.in(section.title()));
            ContentText.mark(progressText, section.title());
            renderSection(section);
        }
    }

    private void renderSection(Section section) {
        H3 title = ContentText.set(new H3(), section.title());
        title.setId("section-title");
        title.getElement().setAttribute("tabindex", "-1");
        body.add(title);
        if (!section.intro().isBlank()) {
            body.add(ContentText.set(new Paragraph(), section.intro()));
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
            section.guides().forEach(g -> {
                Localized guideTitle = guides.findGuide(g).map(ContentRef::title).orElse(Localized.italian(g));
                Anchor link = new Anchor(ContentRoutes.guide(g), ContentText.in(guideTitle));
                ContentText.mark(link, guideTitle);
                more.add(link, new Span(" "));
            });
            body.add(more);
        }
        back.setEnabled(sectionIndex > 0);
        next.setText(getTranslation(sectionIndex == questionnaire.sections().size() - 1 ? "assessment.toSummary"
                : "assessment.next"));
        errorSummary.setVisible(false);
        HorizontalLayout buttons = new HorizontalLayout(back, next);
        buttons.addClassName("assessment-buttons");
        buttons.setWrap(true);
        body.add(errorSummary, buttons);
    }

    private RadioButtonGroup<String> radios(Question q) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(ContentText.in(q.text()));
        ContentText.mark(group, q.text());
        group.setItems(q.options().stream().map(Questionnaire.Option::value).toList());
        group.setItemLabelGenerator(v -> q.option(v).map(o -> ContentText.in(o.label())).orElse(v));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setHelperText(q.help().isBlank() ? null : ContentText.in(q.help()));
        group.setRequiredIndicatorVisible(q.required());
        List<String> saved = answers.getOrDefault(q.id(), List.of());
        if (!saved.isEmpty()) {
            group.setValue(saved.getFirst());
        }
        return group;
    }

    private CheckboxGroup<String> checkboxes(Question q) {
        CheckboxGroup<String> group = new CheckboxGroup<>(ContentText.in(q.text()));
        ContentText.mark(group, q.text());
        group.setItems(q.options().stream().map(Questionnaire.Option::value).toList());
        group.setItemLabelGenerator(v -> q.option(v).map(o -> ContentText.in(o.label())).orElse(v));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setHelperText(q.help().isBlank() ? null : ContentText.in(q.help()));
        // aria-required is not allowed on a group of checkboxes (axe: aria-allowed-attr): the
        // indicator is drawn by CSS and the help text says an answer is needed.
        if (q.required()) {
            group.addClassName("assessment-required");
            group.setHelperText(q.help().isBlank() ? getTranslation("assessment.requiredMultiple")
                    : ContentText.in(q.help()) + " " + getTranslation("assessment.requiredMultiple"));
        }
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
            focusSectionTitle();
        } catch (FieldErrors e) {
            formErrors.show(e);
            // next to the buttons, never over them (a notification covered them for 5 seconds)
            errorSummary.setText(getTranslation("assessment.fixErrors"));
            errorSummary.setVisible(true);
            fields.entrySet().stream().filter(f -> e.errors().containsKey(f.getKey())).findFirst()
                    .ifPresent(f -> f.getValue().getElement().executeJs(
                            "const i = this.querySelector('input'); (i || this).focus();"));
        }
    }

    private void goBack() {
        if (sectionIndex < questionnaire.sections().size()) {
            answers = new LinkedHashMap<>(service.saveSection(currentSection().id(), currentValues(), false).answers());
        }
        sectionIndex = Math.max(0, sectionIndex - 1);
        render();
        focusSectionTitle();
    }

    /** After a change of section focus moves to its heading, so the next Tab continues from there. */
    private void focusSectionTitle() {
        body.getChildren().filter(c -> c.getId().filter("section-title"::equals).isPresent()).findFirst()
                .ifPresent(t -> t.getElement().executeJs("this.focus(); this.scrollIntoView({block: 'start'})"));
    }

    private void renderSummary() {
        H3 title = new H3(getTranslation("assessment.summary.title"));
        title.setId("section-title");
        title.getElement().setAttribute("tabindex", "-1");
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
        com.vaadin.flow.component.html.H4 heading = ContentText.set(new com.vaadin.flow.component.html.H4(), section.title());
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
                    .forEach(v -> q.option(v).ifPresent(o -> labels.add(ContentText.in(o.label()))));
            String answer = labels.isEmpty() ? getTranslation("assessment.summary.unanswered") : String.join("; ", labels);
            var term = new com.vaadin.flow.component.html.DescriptionList.Term(ContentText.in(q.text()));
            ContentText.mark(term, q.text());
            var description = new com.vaadin.flow.component.html.DescriptionList.Description(answer);
            if (problems.containsKey(q.id())) {
                description.addClassName("assessment-unanswered");
            }
            list.add(term, description);
        }
        Button edit = new Button(getTranslation("assessment.summary.edit", ContentText.in(section.title())), e -> {
            sectionIndex = index;
            render();
            focusSectionTitle();
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

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "menu.assessment");
    }
}
