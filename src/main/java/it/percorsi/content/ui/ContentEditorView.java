package it.percorsi.content.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.DateTimes;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.base.ui.MarkdownEditor;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.content.AuthoringService;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentLimits;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.DraftCommentInfo;
import it.percorsi.content.DraftConflict;
import it.percorsi.content.DraftContent;
import it.percorsi.content.DraftInfo;
import it.percorsi.content.DraftState;
import it.percorsi.content.FaqTopic;
import it.percorsi.content.GuideCard;
import it.percorsi.content.GuideFilter;
import it.percorsi.content.GuideGroup;
import it.percorsi.content.GuideLevel;
import it.percorsi.content.GuideService;
import it.percorsi.content.ToolKind;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A trainer edits a guide, tool or FAQ (or writes a new one): the front matter as form fields, the
 * body in the markdown editor beside its live preview, and the workflow buttons (save, submit for
 * review, ask for changes, publish, archive, restore) with the review comments. Saving never
 * publishes. The draft is saved automatically at most every {@value #AUTOSAVE_SECONDS} s while it
 * has changes; leaving with unsaved changes asks first. A save refused because someone else saved
 * meanwhile shows both texts side by side and keeps the user's in the editor.
 */
@Route(ContentRoutes.EDIT_TEMPLATE)
@RouteAlias(ContentRoutes.NEW_TEMPLATE)
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
public class ContentEditorView extends Div implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver {

    /** Autosave: at most once every this many seconds while there are unsaved changes. */
    static final int AUTOSAVE_SECONDS = 30;

    private final AuthoringService authoring;
    private final GuideService guides;
    private final DateTimes dates;
    private final Clock clock;

    ContentKind kind;
    String slug;
    DraftInfo draft;
    boolean dirty;
    private boolean loading;

    final H2 heading = new H2();
    final Span state = new Span();
    final Paragraph saved = new Paragraph();
    final Paragraph message = new Paragraph();
    final TextField slugField = new TextField();
    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextField titleEn = new TextField();
    final TextArea summaryEn = new TextArea();
    final Select<GuideLevel> level = new Select<>();
    final Select<GuideGroup> group = new Select<>();
    final Select<ToolKind> toolKind = new Select<>();
    final Select<FaqTopic> topic = new Select<>();
    final TextField tags = new TextField();
    final MultiSelectComboBox<String> related = new MultiSelectComboBox<>();
    final MarkdownEditor editor;
    final Button save = new Button();
    final Button submit = new Button();
    final Button requestChanges = new Button();
    final Button publish = new Button();
    final TextField changeNote = new TextField();
    final Button archive = new Button();
    final Button restore = new Button();
    final Button editAgain = new Button();
    final Anchor pageLink = new Anchor();
    final Anchor historyLink = new Anchor();
    final Section conflict = new Section();
    final Pre conflictTheirs = new Pre();
    final Pre conflictMine = new Pre();
    final Paragraph conflictWho = new Paragraph();
    final Button keepMine = new Button();
    final Button takeTheirs = new Button();
    final UnorderedList comments = new UnorderedList();
    final TextArea newComment = new TextArea();
    final Button addComment = new Button();
    ConfirmDialog leaveDialog;
    DraftInfo theirs;
    private final FormErrors formErrors = new FormErrors();
    private Registration pollRegistration;
    private Map<String, String> guideTitles = Map.of();
    /** Toolbar button of the pictures feature: uploads a picture for this guide and inserts its markdown. */
    final Button insertImage;
    com.vaadin.flow.component.dialog.Dialog imageDialog;
    ImageUploadField imageField;

    ContentEditorView(AuthoringService authoring, GuideService guides, DateTimes dates, Clock clock,
                      it.percorsi.content.ContentImageService images) {
        this.authoring = authoring;
        this.guides = guides;
        this.dates = dates;
        this.clock = clock;
        addClassNames("content-page", "content-editor");
        editor = new MarkdownEditor(getTranslation("authoring.body"), this::renderPreview);
        insertImage = editor.addToolbarAction("editor-insert-image", getTranslation("authoring.insertImage"),
                e -> openImageDialog(images));
        build();
    }

    private void build() {
        heading.setId("editor-title");
        state.setId("editor-state");
        state.addClassName("badge");
        saved.setId("editor-saved");
        saved.getElement().setAttribute("role", "status");
        message.setId("editor-message");
        message.getElement().setAttribute("role", "status");

        slugField.setId("editor-slug");
        slugField.setLabel(getTranslation("authoring.slug"));
        slugField.setHelperText(getTranslation("authoring.slugHelp"));
        slugField.setMaxLength(ContentLimits.SLUG_MAX_LENGTH);
        slugField.setRequiredIndicatorVisible(true);
        slugField.addValueChangeListener(e -> checkSlug());
        title.setId("editor-field-title");
        title.setMaxLength(ContentLimits.TITLE_MAX_LENGTH);
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        changeNote.setId("editor-change-note");
        changeNote.setLabel(getTranslation("authoring.changeNote"));
        changeNote.setHelperText(getTranslation("authoring.changeNote.help",
                it.percorsi.content.AuthoringService.CHANGE_NOTE_MAX_LENGTH));
        changeNote.setWidthFull();
        summary.setId("editor-summary");
        summary.setLabel(getTranslation("authoring.summary"));
        summary.setMaxLength(ContentLimits.SUMMARY_MAX_LENGTH);
        summary.setWidthFull();
        summary.setRequiredIndicatorVisible(true);
        titleEn.setId("editor-title-en");
        titleEn.setLabel(getTranslation("authoring.titleEn"));
        titleEn.setMaxLength(ContentLimits.TITLE_MAX_LENGTH);
        titleEn.setWidthFull();
        summaryEn.setId("editor-summary-en");
        summaryEn.setLabel(getTranslation("authoring.summaryEn"));
        summaryEn.setMaxLength(ContentLimits.SUMMARY_MAX_LENGTH);
        summaryEn.setWidthFull();
        level.setId("editor-level");
        level.setLabel(getTranslation("authoring.level"));
        level.setItems(GuideLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("content.level." + l.name()));
        group.setId("editor-group");
        group.setLabel(getTranslation("authoring.group"));
        group.setItems(GuideGroup.values());
        group.setItemLabelGenerator(g -> getTranslation("content.group." + g.name()));
        toolKind.setId("editor-tool-kind");
        toolKind.setLabel(getTranslation("authoring.toolKind"));
        toolKind.setItems(ToolKind.values());
        toolKind.setItemLabelGenerator(k -> getTranslation("content.toolKind." + k.name()));
        topic.setId("editor-topic");
        topic.setLabel(getTranslation("authoring.topic"));
        topic.setItems(FaqTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation("content.faqTopic." + t.name()));
        tags.setId("editor-tags");
        tags.setLabel(getTranslation("authoring.tags"));
        tags.setHelperText(getTranslation("authoring.tagsHelp"));
        tags.setWidthFull();
        related.setId("editor-related");
        related.setLabel(getTranslation("authoring.related"));
        related.setItemLabelGenerator(s -> guideTitles.getOrDefault(s, s));
        related.setWidthFull();
        for (var field : List.of(title, summary, titleEn, summaryEn, tags)) {
            field.addValueChangeListener(e -> changed(e.isFromClient()));
        }
        level.addValueChangeListener(e -> changed(e.isFromClient()));
        group.addValueChangeListener(e -> changed(e.isFromClient()));
        toolKind.addValueChangeListener(e -> changed(e.isFromClient()));
        topic.addValueChangeListener(e -> changed(e.isFromClient()));
        related.addValueChangeListener(e -> changed(e.isFromClient()));
        editor.addUserChangeListener(v -> changed(true));
        editor.source().setMaxLength(ContentLimits.BODY_MAX_LENGTH);

        formErrors.bind("slug", slugField).bind("title", title).bind("summary", summary).bind("titleEn", titleEn)
                .bind("summaryEn", summaryEn).bind("level", level).bind("group", group).bind("toolKind", toolKind)
                .bind("topic", topic).bind("tags", tags).bind("related", related).bind("body", editor.source()).bind("changeNote", changeNote);

        button(save, "editor-save", "authoring.save", ButtonVariant.LUMO_PRIMARY, this::save);
        button(submit, "editor-submit", "authoring.submit", null, this::submit);
        button(requestChanges, "editor-request-changes", "authoring.requestChanges", null, this::requestChanges);
        button(publish, "editor-publish", "authoring.publish", ButtonVariant.LUMO_SUCCESS, this::publish);
        button(archive, "editor-archive", "authoring.archive", ButtonVariant.LUMO_ERROR, this::archive);
        button(restore, "editor-restore", "authoring.restore", null, this::restore);
        button(editAgain, "editor-edit-again", "authoring.editAgain", null, this::load);
        pageLink.setId("editor-page-link");
        pageLink.setText(getTranslation("authoring.openPage"));
        historyLink.setId("editor-history-link");
        historyLink.setText(getTranslation("content.revisions.link"));

        conflict.setId("editor-conflict");
        conflict.addClassName("editor-conflict");
        H3 conflictTitle = new H3(getTranslation("authoring.conflict.title"));
        conflictTitle.setId("editor-conflict-title");
        conflict.getElement().setAttribute("aria-labelledby", "editor-conflict-title");
        conflictTheirs.setId("editor-conflict-theirs");
        conflictMine.setId("editor-conflict-mine");
        conflictWho.setId("editor-conflict-who");
        Div theirsBox = new Div(new H3(getTranslation("authoring.conflict.theirs")), conflictTheirs);
        Div mineBox = new Div(new H3(getTranslation("authoring.conflict.mine")), conflictMine);
        Div sideBySide = new Div(theirsBox, mineBox);
        sideBySide.addClassName("editor-conflict-texts");
        button(keepMine, "editor-keep-mine", "authoring.conflict.keepMine", ButtonVariant.LUMO_PRIMARY, this::keepMine);
        button(takeTheirs, "editor-take-theirs", "authoring.conflict.takeTheirs", null, this::takeTheirs);
        conflict.add(conflictTitle, conflictWho, new Paragraph(getTranslation("authoring.conflict.explain")), sideBySide,
                new Div(keepMine, takeTheirs));
        conflict.setVisible(false);

        comments.setId("editor-comments");
        newComment.setId("editor-new-comment");
        newComment.setLabel(getTranslation("authoring.comment"));
        newComment.setMaxLength(4000);
        newComment.setWidthFull();
        button(addComment, "editor-add-comment", "authoring.addComment", null, this::comment);
        formErrors.bind("comment", newComment);
    }

    private void button(Button b, String id, String key, ButtonVariant variant, Runnable action) {
        b.setId(id);
        b.setText(getTranslation(key));
        if (variant != null) {
            b.addThemeVariants(variant);
        }
        b.addClickListener(e -> action.run());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String kindName = event.getRouteParameters().get("kind").orElse("");
        kind = Arrays.stream(ContentKind.values()).filter(k -> k.name().toLowerCase(Locale.ROOT).equals(kindName))
                .findFirst().orElse(null);
        slug = event.getRouteParameters().get("slug").orElse(null);
        load();
    }

    /** Loads (or creates) the draft and lays out the page for its kind and state. */
    void load() {
        removeAll();
        draft = null;
        theirs = null;
        setDirty(false);
        conflict.setVisible(false);
        message.setText("");
        saved.setText("");
        formErrors.clear();
        if (kind == null) {
            add(new H2(getTranslation("authoring.notFound")));
            return;
        }
        if (slug != null) {
            try {
                draft = authoring.open(kind, slug);
            } catch (NoSuchElementException e) {
                add(new H2(getTranslation("authoring.notFound")));
                return;
            }
        }
        guideTitles = new LinkedHashMap<>();
        for (GuideCard g : guides.library(GuideFilter.ALL)) {
            guideTitles.put(g.slug(), g.title().it());
        }
        related.setItems(new ArrayList<>(guideTitles.keySet()));
        List<MarkdownEditor.LinkChoice> choices = new ArrayList<>();
        guideTitles.forEach((s, t) -> choices.add(new MarkdownEditor.LinkChoice(
                getTranslation("authoring.linkGuide", t), "guide:" + s)));
        guides.toolIndex().forEach(t -> choices.add(new MarkdownEditor.LinkChoice(
                getTranslation("authoring.linkTool", t.title().it()), "tool:" + t.slug())));
        editor.setLinkChoices(choices);

        title.setLabel(getTranslation(kind == ContentKind.FAQ ? "authoring.question" : "authoring.title"));
        loading = true;
        try {
            fill(draft == null ? new DraftContent("", "", null, null, null, null, null, null, List.of(), List.of(),
                    List.of(), "") : draft.content());
            slugField.setValue(slug == null ? "" : slug);
        } finally {
            loading = false;
        }
        slugField.setVisible(draft == null);
        summary.setVisible(kind != ContentKind.FAQ);
        summaryEn.setVisible(kind != ContentKind.FAQ);
        level.setVisible(kind == ContentKind.GUIDE);
        group.setVisible(kind == ContentKind.GUIDE);
        toolKind.setVisible(kind == ContentKind.TOOL);
        topic.setVisible(kind == ContentKind.FAQ);
        insertImage.setVisible(kind == ContentKind.GUIDE);

        Details english = new Details(getTranslation("authoring.english"), titleEn, summaryEn);
        english.setId("editor-english");
        Div fields = new Div(slugField, title, summary, level, group, toolKind, topic, tags, related, english);
        fields.addClassName("editor-fields");
        Div actions = new Div(changeNote, save, submit, requestChanges, publish, archive, restore, editAgain);
        actions.addClassName("editor-actions");
        Section commentSection = new Section();
        H3 commentsTitle = new H3(getTranslation("authoring.comments"));
        commentsTitle.setId("editor-comments-title");
        commentSection.getElement().setAttribute("aria-labelledby", "editor-comments-title");
        commentSection.add(commentsTitle, comments, newComment, addComment);
        commentSection.setId("editor-comment-section");
        Div links = new Div(pageLink, new Span(" · "), historyLink);
        links.setId("editor-links");
        add(heading, new Div(state, saved), message, conflict, fields, editor, actions, links, commentSection);
        showState();
    }

    private void fill(DraftContent c) {
        title.setValue(nz(c.title()));
        summary.setValue(nz(c.summary()));
        titleEn.setValue(nz(c.titleEn()));
        summaryEn.setValue(nz(c.summaryEn()));
        level.setValue(c.level());
        group.setValue(c.group());
        toolKind.setValue(c.toolKind());
        topic.setValue(c.topic());
        tags.setValue(String.join(", ", c.tags()));
        related.setValue(new LinkedHashSet<>(c.related()));
        editor.setValue(nz(c.body()));
    }

    /** What the form holds now. */
    DraftContent content() {
        List<String> tagList = Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        return new DraftContent(title.getValue(), summary.getValue(), titleEn.getValue(), summaryEn.getValue(),
                level.getValue(), group.getValue(), toolKind.getValue(), topic.getValue(), tagList,
                new ArrayList<>(related.getValue()), draft == null ? List.of() : draft.content().tools(),
                editor.getValue());
    }

    private void showState() {
        DraftState s = draft == null ? DraftState.DRAFT : draft.state();
        boolean archived = draft != null && !draft.newDocument() && authoring.isArchived(kind, draft.slug());
        String name = draft == null ? null : draft.content().title();
        heading.setText(draft == null ? getTranslation("authoring.heading.new", kindName())
                : getTranslation("authoring.heading.edit", kindName(), name == null || name.isBlank() ? draft.slug() : name));
        state.setText(getTranslation("authoring.state." + s.name()) + (archived ? " · "
                + getTranslation("authoring.state.ARCHIVED") : ""));
        boolean editable = s == DraftState.DRAFT && theirs == null;
        for (var f : List.of(title, summary, titleEn, summaryEn, tags)) {
            f.setReadOnly(!editable);
        }
        level.setReadOnly(!editable);
        group.setReadOnly(!editable);
        toolKind.setReadOnly(!editable);
        topic.setReadOnly(!editable);
        related.setReadOnly(!editable);
        editor.setReadOnly(!editable);
        save.setVisible(s == DraftState.DRAFT);
        submit.setVisible(s == DraftState.DRAFT && draft != null);
        requestChanges.setVisible(s == DraftState.IN_REVIEW);
        publish.setVisible(s == DraftState.IN_REVIEW);
        changeNote.setVisible(s == DraftState.IN_REVIEW);
        archive.setVisible(draft != null && !draft.newDocument() && !archived && s == DraftState.PUBLISHED);
        // an archived document opened in the editor has a new draft: it can be restored as it was, or
        // edited and published (publishing restores it too)
        restore.setVisible(archived);
        editAgain.setVisible(s == DraftState.PUBLISHED || s == DraftState.ARCHIVED);
        boolean exists = draft != null && !draft.newDocument();
        pageLink.setVisible(exists && !archived);
        historyLink.setVisible(exists);
        if (exists) {
            pageLink.setHref(ContentRoutes.of(kind, draft.slug()));
            historyLink.setHref(ContentRoutes.revisions(kind, draft.slug()));
        }
        newComment.setVisible(draft != null);
        addComment.setVisible(draft != null);
        comments.removeAll();
        List<DraftCommentInfo> list = draft == null ? List.of() : authoring.comments(draft.id());
        if (list.isEmpty()) {
            comments.add(new ListItem(getTranslation("authoring.noComments")));
        }
        list.forEach(c -> comments.add(new ListItem(new Span(c.author() + " · " + dates.dateTime(c.at(), getLocale())
                + ": "), new Span(c.text()))));
    }

    private String kindName() {
        return getTranslation("authoring.kind." + kind.name());
    }

    private String renderPreview(String body) {
        String s = draft != null ? draft.slug() : (slug != null ? slug : "anteprima");
        return authoring.preview(kind == null ? ContentKind.GUIDE : kind, s, body).html();
    }

    private void changed(boolean fromClient) {
        if (loading || !fromClient) {
            return;
        }
        setDirty(true);
        saved.setText(getTranslation("authoring.unsaved"));
    }

    /**
     * Unsaved changes: the browser warns before the tab is closed, and the UI polls every
     * {@value #AUTOSAVE_SECONDS} s (the interval does not restart on each change) to autosave.
     */
    private void setDirty(boolean value) {
        dirty = value;
        getUI().ifPresent(ui -> {
            ui.getPage().executeJs("window.__percorsiUnsaved = $0;", value);
            ui.setPollInterval(value && draft != null ? AUTOSAVE_SECONDS * 1000 : -1);
        });
    }

    /** Saves the draft if it has unsaved changes and no conflict is open (the poll calls it). */
    void autosave() {
        if (dirty && theirs == null && draft != null && draft.state() == DraftState.DRAFT) {
            save(true);
        }
    }

    void save() {
        save(false);
    }

    private void save(boolean automatic) {
        try {
            if (draft == null) {
                draft = authoring.create(kind, slugField.getValue(), content());
                slug = draft.slug();
                slugField.setVisible(false);
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, ContentRoutes.edit(kind, slug)));
            } else {
                draft = authoring.save(draft.id(), draft.version(), content());
            }
            formErrors.clear();
            setDirty(false);
            saved.setText(getTranslation(automatic ? "authoring.autosavedAt" : "authoring.savedAt",
                    dates.time(clock.instant(), getLocale())));
            message.setText("");
            showState();
        } catch (DraftConflict e) {
            showConflict(e.theirs());
        } catch (FieldErrors e) {
            Map<String, String> rest = formErrors.show(e);
            saved.setText(getTranslation("authoring.notSaved"));
            rest.values().stream().findFirst().ifPresent(k -> message.setText(getTranslation(k)));
        }
    }

    void submit() {
        if (dirty) {
            save(false);
            if (dirty || theirs != null) {
                return;
            }
        }
        step(() -> authoring.submit(draft.id(), draft.version()), "authoring.submitted");
    }

    void requestChanges() {
        String comment = newComment.getValue();
        step(() -> authoring.requestChanges(draft.id(), draft.version(), comment), "authoring.changesRequested");
        newComment.clear();
    }

    void publish() {
        String note = changeNote.getValue();
        step(() -> authoring.publish(draft.id(), draft.version(), note), "authoring.published");
        if (draft.state() == DraftState.PUBLISHED) {
            changeNote.clear();
        }
    }

    void archive() {
        step(() -> authoring.archive(kind, draft.slug()), "authoring.archived");
    }

    void restore() {
        step(() -> authoring.restore(kind, draft.slug()), "authoring.restored");
    }

    private void step(java.util.function.Supplier<DraftInfo> action, String doneKey) {
        try {
            draft = action.get();
            formErrors.clear();
            message.setText(getTranslation(doneKey));
            showState();
        } catch (DraftConflict e) {
            showConflict(e.theirs());
        } catch (FieldErrors e) {
            Map<String, String> rest = formErrors.show(e);
            rest.values().stream().findFirst().ifPresent(k -> message.setText(getTranslation(k)));
        }
    }

    void comment() {
        try {
            authoring.comment(draft.id(), newComment.getValue());
            newComment.clear();
            formErrors.clear();
            showState();
        } catch (FieldErrors e) {
            formErrors.show(e);
        }
    }

    /** Someone else saved: both texts side by side; the user's text stays in the editor. */
    private void showConflict(DraftInfo other) {
        theirs = other;
        conflictTheirs.setText(other.content().body());
        conflictMine.setText(editor.getValue());
        conflictWho.setText(getTranslation("authoring.conflict.who", nz(other.updatedByName()),
                dates.dateTime(other.updatedAt(), getLocale()), getTranslation("authoring.state." + other.state().name())));
        conflict.setVisible(true);
        saved.setText(getTranslation("authoring.notSaved"));
        keepMine.setEnabled(other.state() == DraftState.DRAFT);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    /** Saves the user's text as a new version over the other person's (which they have seen). */
    void keepMine() {
        DraftInfo other = theirs;
        theirs = null;
        conflict.setVisible(false);
        draft = other;
        save(false);
    }

    /** Drops the user's changes and loads the other person's draft. */
    void takeTheirs() {
        DraftInfo other = theirs;
        theirs = null;
        conflict.setVisible(false);
        draft = other;
        loading = true;
        try {
            fill(other.content());
        } finally {
            loading = false;
        }
        setDirty(false);
        showState();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        leaveDialog = new ConfirmDialog();
        leaveDialog.setId("editor-leave-dialog");
        leaveDialog.setHeader(getTranslation("authoring.leave.title"));
        leaveDialog.setText(getTranslation("authoring.leave.text"));
        leaveDialog.setCancelable(true);
        leaveDialog.setCancelText(getTranslation("authoring.leave.stay"));
        leaveDialog.setConfirmText(getTranslation("authoring.leave.go"));
        leaveDialog.setConfirmButtonTheme("error primary");
        leaveDialog.addConfirmListener(e -> {
            setDirty(false);
            action.proceed();
        });
        add(leaveDialog);
        leaveDialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                remove(leaveDialog);
            }
        });
        leaveDialog.open();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        pollRegistration = ui.addPollListener(e -> autosave());
        ui.getPage().executeJs("""
                if (!window.__percorsiUnloadGuard) {
                  window.__percorsiUnloadGuard = e => { if (window.__percorsiUnsaved) { e.preventDefault(); e.returnValue = ''; } };
                  window.addEventListener('beforeunload', window.__percorsiUnloadGuard);
                }""");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
        detachEvent.getUI().getPage().executeJs("window.__percorsiUnsaved = false;");
        super.onDetach(detachEvent);
    }

    private void checkSlug() {
        if (draft != null || loading || kind == null) {
            return;
        }
        Optional<String> problem = authoring.slugProblem(kind, slugField.getValue());
        slugField.setInvalid(problem.isPresent());
        slugField.setErrorMessage(problem.map(this::getTranslation).orElse(null));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.detail(this, "authoring.pageTitle", draft == null ? null : draft.content().title());
    }

    /** A dialog with the picture upload; the uploaded picture's markdown goes in at the cursor. */
    private void openImageDialog(it.percorsi.content.ContentImageService images) {
        imageDialog = new com.vaadin.flow.component.dialog.Dialog();
        imageDialog.setHeaderTitle(getTranslation("authoring.insertImage"));
        imageField = new ImageUploadField(images,
                () -> draft != null ? draft.slug() : slugField.getValue().strip(),
                snippet -> {
                    editor.insertBlock(snippet);
                    imageDialog.close();
                });
        imageDialog.add(imageField);
        Button cancel = new Button(getTranslation("authoring.insertImage.close"), e -> imageDialog.close());
        cancel.setId("editor-image-close");
        imageDialog.getFooter().add(cancel);
        imageDialog.open();
    }

}
