package it.percorsi.path.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.assessment.Questionnaire;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.path.PathEditorService;
import it.percorsi.path.PathRoutes;
import jakarta.annotation.security.RolesAllowed;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TRAINER / ADMIN: edit a path file or the questionnaire as YAML. "Validate" checks with the
 * content folder's validator and stores nothing; "Publish" stores a new version when there is no
 * problem, in use at once. Problems are listed beside the editor with their line; the typed text
 * is never lost. "Try it" answers the questionnaire and shows the path the engine would
 * recommend with the edited, unpublished text.
 */
@Route(PathRoutes.EDITOR)
@Menu(order = 84, title = "menu.pathEditor")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
class PathEditorView extends Div implements HasDynamicTitle, BeforeLeaveObserver {

    /** Installs / removes the browser's "leave the page?" question for closing or reloading the tab. */
    static final String UNLOAD_ON = "if (!window.__percorsiYamlUnload) { window.__percorsiYamlUnload = e => "
            + "{ e.preventDefault(); e.returnValue = ''; }; window.addEventListener('beforeunload', "
            + "window.__percorsiYamlUnload); }";
    static final String UNLOAD_OFF = "if (window.__percorsiYamlUnload) { window.removeEventListener('beforeunload', "
            + "window.__percorsiYamlUnload); delete window.__percorsiYamlUnload; }";

    private final PathEditorService editor;
    final Select<String> file = new Select<>();
    final TextArea yaml = new TextArea();
    final Button validate = new Button();
    final Button publish = new Button();
    final Button revert = new Button();
    final Paragraph status = new Paragraph();
    final Paragraph folderNotice = new Paragraph();
    final Button reloadFolder = new Button();
    final UnorderedList problems = new UnorderedList();
    final Select<TryProfiles.TryProfile> tryProfile = new Select<>();
    final Paragraph profileNotice = new Paragraph();
    final Div tryForm = new Div();
    final Button tryIt = new Button();
    final Div tryResult = new Div();
    final Map<String, Select<String>> singleAnswers = new LinkedHashMap<>();
    final Map<String, CheckboxGroup<String>> multipleAnswers = new LinkedHashMap<>();
    private String formFor;
    /** The version in use when the file was opened, to refuse a publication over someone else's. */
    String openedVersion;
    /** The text loaded or last published: the editor is "dirty" when the typed text differs from it. */
    private String cleanText = "";
    /** Whether the browser's beforeunload question is installed (mirrors {@link #dirty()}). */
    boolean unloadGuard;
    /** The "leave without publishing?" question shown when navigating away from a dirty editor. */
    ConfirmDialog leaveDialog;
    private boolean switchingBack;

    PathEditorView(PathEditorService editor) {
        this.editor = editor;
        addClassName("content-page");
        addClassName("path-editor");
        H2 title = new H2(getTranslation("path.editor.title"));
        title.setId("path-editor-title");
        add(title, new Paragraph(getTranslation("path.editor.intro")));

        file.setId("path-editor-file");
        file.setLabel(getTranslation("path.editor.file"));
        file.setWidth("min(100%, 30rem)");
        file.setItems(editor.files());
        file.addValueChangeListener(e -> {
            if (switchingBack) {
                return;
            }
            if (e.getOldValue() != null && dirty()) {
                // another file would replace the unpublished text: ask first, as when leaving the page
                String back = e.getOldValue();
                String to = e.getValue();
                leaveDialog = leaveDialog(() -> load(to), () -> {
                    switchingBack = true;
                    file.setValue(back);
                    switchingBack = false;
                });
                leaveDialog.open();
                return;
            }
            load(e.getValue());
        });

        yaml.setId("path-editor-yaml");
        yaml.setLabel(getTranslation("path.editor.yaml"));
        yaml.setHelperText(getTranslation("path.editor.yamlHelp"));
        yaml.addClassName("yaml-editor");
        yaml.setWidthFull();
        yaml.setMinHeight("28rem");
        yaml.setMaxHeight("60rem");
        yaml.getElement().setAttribute("spellcheck", "false");
        yaml.getElement().setAttribute("aria-describedby", "path-editor-problems");
        yaml.setValueChangeMode(ValueChangeMode.LAZY);
        yaml.setValueChangeTimeout(700);
        yaml.addValueChangeListener(e -> updateUnloadGuard());

        problems.setId("path-editor-problems");
        problems.addClassName("yaml-problems");
        problems.getElement().setAttribute("aria-live", "polite");
        Div layout = new Div(yaml, problemsBox());
        layout.addClassName("yaml-editor-layout");

        validate.setId("path-editor-validate");
        validate.setText(getTranslation("path.editor.validate"));
        validate.addClickListener(e -> validate());
        publish.setId("path-editor-publish");
        publish.setText(getTranslation("path.editor.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());
        revert.setId("path-editor-revert");
        revert.setText(getTranslation("path.editor.revert"));
        revert.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        revert.addClickListener(e -> load(file.getValue()));
        status.setId("path-editor-status");
        status.getElement().setAttribute("role", "status");
        folderNotice.setId("path-editor-folder");
        folderNotice.setVisible(false);
        reloadFolder.setId("path-editor-reload-folder");
        reloadFolder.setText(getTranslation("path.editor.reloadFolder"));
        reloadFolder.setVisible(false);
        reloadFolder.addClickListener(e -> reloadFromFolder());
        Div buttons = new Div(validate, publish, revert);
        buttons.addClassName("button-row");
        add(file, folderNotice, reloadFolder, layout, buttons, status);

        tryProfile.setId("path-try-profile");
        tryProfile.setLabel(getTranslation("path.editor.profile"));
        tryProfile.setHelperText(getTranslation("path.editor.profileHelp"));
        tryProfile.setWidth("min(100%, 30rem)");
        tryProfile.setItems(TryProfiles.load());
        tryProfile.setItemLabelGenerator(p -> p == null ? getTranslation("path.editor.profileNone")
                : getTranslation("path.editor.profile." + p.id()));
        tryProfile.setEmptySelectionAllowed(true);
        tryProfile.setEmptySelectionCaption(getTranslation("path.editor.profileNone"));
        tryProfile.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                applyProfile(e.getValue());
            }
        });
        profileNotice.setId("path-try-profile-notice");
        profileNotice.getElement().setAttribute("role", "status");
        tryForm.setId("path-try-form");
        tryForm.addClassName("path-try-form");
        tryIt.setId("path-try");
        tryIt.setText(getTranslation("path.editor.try"));
        tryIt.addClickListener(e -> tryIt());
        tryResult.setId("path-try-result");
        tryResult.getElement().setAttribute("aria-live", "polite");
        add(new H3(getTranslation("path.editor.tryHeading")), new Paragraph(getTranslation("path.editor.tryIntro")),
                tryProfile, profileNotice, tryForm, tryIt, tryResult);

        List<String> files = editor.files();
        if (!files.isEmpty()) {
            file.setValue(files.get(0));
        }
    }

    private Div problemsBox() {
        Div box = new Div(new H3(getTranslation("path.editor.problems")), problems);
        box.addClassName("yaml-problems");
        return box;
    }

    void load(String name) {
        if (name == null) {
            return;
        }
        cleanText = editor.source(name).orElse("");
        yaml.setValue(cleanText);
        updateUnloadGuard();
        openedVersion = editor.versionInUse(name);
        problems.removeAll();
        status.setText("");
        tryResult.removeAll();
        boolean differs = editor.folderDiffers(name);
        folderNotice.setVisible(differs);
        reloadFolder.setVisible(differs);
        folderNotice.setText(differs ? getTranslation("path.editor.folderDiffers") : "");
        buildTryForm();
    }

    void validate() {
        PathEditorService.Check check = editor.validate(file.getValue(), yaml.getValue());
        show(check);
        status.setText(check.ok() ? getTranslation("path.editor.valid") : getTranslation("path.editor.invalid",
                check.problems().size()));
    }

    void publish() {
        PathEditorService.Check check = editor.publish(file.getValue(), yaml.getValue(), openedVersion);
        show(check);
        boolean conflict = check.problems().stream().anyMatch(p -> PathEditorService.CONFLICT.equals(p.message()));
        status.setText(check.ok() ? getTranslation("path.editor.published")
                : conflict ? getTranslation("path.editor.conflict")
                : getTranslation("path.editor.notPublished", check.problems().size()));
        if (check.ok()) {
            cleanText = yaml.getValue();
            updateUnloadGuard();
            openedVersion = editor.versionInUse(file.getValue());
            folderNotice.setVisible(false);
            reloadFolder.setVisible(false);
        }
    }

    void reloadFromFolder() {
        List<ContentProblem> folderProblems = editor.reloadFromFolder(file.getValue());
        String name = file.getValue();
        load(name);
        status.setText(folderProblems.isEmpty() ? getTranslation("path.editor.reloaded")
                : getTranslation("path.editor.reloadFailed", folderProblems.size()));
    }

    private void show(PathEditorService.Check check) {
        problems.removeAll();
        for (ContentProblem p : check.problems()) {
            problems.add(item(p, false));
        }
        for (ContentProblem w : check.warnings()) {
            problems.add(item(w, true));
        }
        if (check.problems().isEmpty() && check.warnings().isEmpty()) {
            problems.add(new ListItem(getTranslation("path.editor.noProblems")));
        }
    }

    private ListItem item(ContentProblem p, boolean warning) {
        String where = p.file().equals(file.getValue()) ? getTranslation("path.editor.line", p.line())
                : getTranslation("path.editor.otherFile", p.file(), p.line());
        ListItem li = new ListItem((warning ? getTranslation("path.editor.warning") + " " : "") + where + ": "
                + p.message());
        li.addClassName(warning ? "yaml-warning" : "yaml-error");
        return li;
    }

    /** One field per question of the questionnaire (the edited one when it is the file being edited). */
    void buildTryForm() {
        Questionnaire q = editor.questionnaireFor(file.getValue(), yaml.getValue());
        String key = q.checksum();
        if (key.equals(formFor)) {
            return;
        }
        formFor = key;
        Map<String, List<String>> kept = answers();
        tryForm.removeAll();
        singleAnswers.clear();
        multipleAnswers.clear();
        for (Questionnaire.Question question : q.questions()) {
            List<String> values = question.options().stream().map(Questionnaire.Option::value).toList();
            Map<String, String> labels = new LinkedHashMap<>();
            question.options().forEach(o -> labels.put(o.value(), o.label().in(getLocale())));
            String label = question.text().in(getLocale());
            if (question.multiple()) {
                CheckboxGroup<String> group = new CheckboxGroup<>(label);
                group.setId("try-" + question.id());
                group.setItems(values);
                group.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
                group.setValue(new java.util.LinkedHashSet<>(kept.getOrDefault(question.id(), List.of()).stream()
                        .filter(values::contains).toList()));
                multipleAnswers.put(question.id(), group);
                tryForm.add(group);
            } else {
                Select<String> select = new Select<>();
                select.setId("try-" + question.id());
                select.setLabel(label);
                select.setItems(values);
                select.setItemLabelGenerator(v -> v == null ? "" : labels.getOrDefault(v, v));
                select.setEmptySelectionAllowed(true);
                select.setEmptySelectionCaption(getTranslation("path.editor.noAnswer"));
                kept.getOrDefault(question.id(), List.of()).stream().filter(values::contains).findFirst()
                        .ifPresent(select::setValue);
                singleAnswers.put(question.id(), select);
                tryForm.add(select);
            }
        }
    }

    /**
     * Fills the form with an example administration's answers (all other answers are cleared);
     * answers to questions, or values, the questionnaire asked here does not have are skipped
     * and listed. The trainer can change the answers afterwards.
     */
    void applyProfile(TryProfiles.TryProfile profile) {
        buildTryForm();
        List<String> skipped = new ArrayList<>();
        singleAnswers.values().forEach(Select::clear);
        multipleAnswers.values().forEach(CheckboxGroup::clear);
        profile.answers().forEach((id, values) -> {
            Select<String> single = singleAnswers.get(id);
            CheckboxGroup<String> multiple = multipleAnswers.get(id);
            if (single != null) {
                List<String> known = values.stream().filter(v -> single.getListDataView().contains(v)).toList();
                if (known.isEmpty()) {
                    skipped.add(id + " = " + String.join(", ", values));
                } else {
                    single.setValue(known.get(0));
                }
            } else if (multiple != null) {
                List<String> known = values.stream().filter(v -> multiple.getListDataView().contains(v)).toList();
                values.stream().filter(v -> !known.contains(v)).forEach(v -> skipped.add(id + " = " + v));
                multiple.setValue(new java.util.LinkedHashSet<>(known));
            } else {
                skipped.add(id);
            }
        });
        profileNotice.setText(skipped.isEmpty() ? getTranslation("path.editor.profileFilled")
                : getTranslation("path.editor.profileSkipped", String.join("; ", skipped)));
        tryResult.removeAll();
    }

    Map<String, List<String>> answers() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        singleAnswers.forEach((id, select) -> {
            if (select.getValue() != null) {
                answers.put(id, List.of(select.getValue()));
            }
        });
        multipleAnswers.forEach((id, group) -> {
            if (!group.getValue().isEmpty()) {
                answers.put(id, new ArrayList<>(group.getValue()));
            }
        });
        return answers;
    }

    void tryIt() {
        buildTryForm();
        tryResult.removeAll();
        PathEditorService.Trial trial = editor.tryIt(file.getValue(), yaml.getValue(), answers());
        if (!trial.ok()) {
            show(trial.check());
            tryResult.add(new Paragraph(getTranslation("path.editor.tryInvalid", trial.check().problems().size())));
            return;
        }
        DecimalFormat hours = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(getLocale()));
        H3 template = new H3(getTranslation("path.editor.tryTemplate", trial.templateTitle()));
        template.setId("path-try-template");
        tryResult.add(template, new Paragraph(getTranslation("path.editor.tryBecause", trial.templateReason())));
        OrderedList steps = new OrderedList();
        steps.setId("path-try-steps");
        for (PathEditorService.TriedStep step : trial.steps()) {
            ListItem li = new ListItem(getTranslation("path.editor.tryStep", step.title(), hours.format(step.effortHours())));
            if (!step.reasons().isEmpty()) {
                UnorderedList reasons = new UnorderedList();
                step.reasons().forEach(r -> reasons.add(new ListItem(getTranslation("path.editor.tryReason", r))));
                li.add(reasons);
            }
            steps.add(li);
        }
        tryResult.add(steps, new Paragraph(getTranslation("path.editor.tryTotal", hours.format(trial.effortHours()))));
        if (!trial.leftOut().isEmpty()) {
            UnorderedList left = new UnorderedList();
            left.setId("path-try-left-out");
            trial.leftOut().forEach(l -> left.add(new ListItem(getTranslation("path.editor.tryLeftOut", l.title(),
                    l.reason()))));
            tryResult.add(new Paragraph(getTranslation("path.editor.tryLeftOutHeading")), left);
        }
    }

    /** The typed text differs from what was loaded or last published. */
    boolean dirty() {
        return !cleanText.equals(yaml.getValue());
    }

    private void updateUnloadGuard() {
        boolean want = dirty();
        if (want != unloadGuard) {
            unloadGuard = want;
            getElement().executeJs(want ? UNLOAD_ON : UNLOAD_OFF);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (unloadGuard) {
            getElement().executeJs(UNLOAD_ON);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // the page may be left in the browser; the question must not outlive the editor
        event.getUI().getPage().executeJs(UNLOAD_OFF);
        super.onDetach(event);
    }

    /**
     * Navigating away with unpublished changes is postponed and a dialog asks "leave" (the
     * changes are dropped) or "stay".
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        leaveDialog = leaveDialog(action::proceed, () -> { });
        leaveDialog.open();
    }

    /** The "leave and lose the changes / stay" question; {@code leave} runs after the text is marked clean. */
    private ConfirmDialog leaveDialog(Runnable leave, Runnable stay) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("path-editor-leave");
        dialog.setHeader(getTranslation("path.editor.leaveHeader"));
        dialog.setText(getTranslation("path.editor.leaveText"));
        dialog.setConfirmText(getTranslation("path.editor.leave"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("path.editor.stay"));
        dialog.addConfirmListener(e -> {
            cleanText = yaml.getValue();
            updateUnloadGuard();
            leaveDialog = null;
            leave.run();
        });
        dialog.addCancelListener(e -> {
            leaveDialog = null;
            stay.run();
        });
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "path.editor.title");
    }
}
