package it.percorsi.helpdesk.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.base.ui.MarkdownEditor;
import it.percorsi.content.MarkdownRenderer;
import it.percorsi.helpdesk.CannedReplyService;
import it.percorsi.helpdesk.CannedReplyState;
import it.percorsi.helpdesk.CannedReplyView;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.TicketService;
import jakarta.annotation.security.RolesAllowed;

/** Staff manage the canned replies (with placeholders such as {{requester}}). */
@Route(HelpdeskRoutes.CANNED)
@Menu(order = 42, title = "menu.hd.canned")
@RolesAllowed({Role.HELPDESK_NAME, Role.ADMIN_NAME})
class CannedRepliesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CannedReplyView> grid = new Grid<>(CannedReplyView.class, false);
    final TextField title = new TextField();
    /** The same markdown editor and safe preview trainers use; previewed as tickets show it (user text). */
    final MarkdownEditor editor;
    final TextArea body;
    final Button save = new Button();
    final Button create = new Button();
    final Button delete = new Button();
    final Button publish = new Button();
    final Button toDraft = new Button();
    final Button archive = new Button();
    final Paragraph state = new Paragraph();
    private final CannedReplyService replies;
    private final FormErrors errors = new FormErrors();
    private CannedReplyView editing;

    CannedRepliesView(CannedReplyService replies, MarkdownRenderer renderer) {
        this.replies = replies;
        this.editor = new MarkdownEditor(getTranslation("hd.canned.text"), renderer::renderUntrusted);
        this.body = editor.source();
        setMaxWidth("60rem");
        add(new H2(getTranslation("hd.canned.title")), new Paragraph(getTranslation("hd.canned.placeholders", CannedReplyService.PLACEHOLDERS)));
        grid.setId("canned-grid");
        grid.addColumn(CannedReplyView::title).setHeader(getTranslation("hd.canned.name"));
        grid.addColumn(r -> getTranslation("hd.canned.state." + r.state().name()))
                .setHeader(getTranslation("hd.canned.state")).setKey("state").setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setAllRowsVisible(true);
        title.setId("canned-title");
        title.setLabel(getTranslation("hd.canned.name"));
        title.setMaxLength(CannedReplyView.TITLE_MAX_LENGTH);
        title.setWidthFull();
        body.setId("canned-body");
        body.setMaxLength(TicketService.BODY_MAX_LENGTH);
        editor.setWidthFull();
        save.setId("canned-save");
        save.setText(getTranslation("hd.canned.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        create.setId("canned-new");
        create.setText(getTranslation("hd.canned.new"));
        create.addClickListener(e -> grid.deselectAll());
        delete.setId("canned-delete");
        delete.setText(getTranslation("hd.canned.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> {
            if (editing != null) {
                replies.delete(editing.id());
                reload();
            }
        });
        publish.setId("canned-publish");
        publish.setText(getTranslation("hd.canned.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(e -> move(replies::publish));
        toDraft.setId("canned-to-draft");
        toDraft.setText(getTranslation("hd.canned.toDraft"));
        toDraft.addClickListener(e -> move(replies::toDraft));
        archive.setId("canned-archive");
        archive.setText(getTranslation("hd.canned.archive"));
        archive.addClickListener(e -> move(replies::archive));
        state.setId("canned-state");
        state.getElement().setAttribute("role", "status");
        errors.bind("title", title).bind("body", body);
        add(new Paragraph(getTranslation("hd.canned.workflow")), grid, state, title, editor,
                new HorizontalLayout(save, create, delete, publish, toDraft, archive));
        reload();
    }

    private void edit(CannedReplyView r) {
        editing = r;
        errors.clear();
        title.setValue(r == null ? "" : r.title());
        editor.setValue(r == null ? "" : r.body());
        delete.setEnabled(r != null);
        state.setText(r == null ? getTranslation("hd.canned.newIsDraft")
                : getTranslation("hd.canned.stateIs", getTranslation("hd.canned.state." + r.state().name())));
        publish.setVisible(r != null && r.state().canMoveTo(CannedReplyState.PUBLISHED));
        toDraft.setVisible(r != null && r.state().canMoveTo(CannedReplyState.DRAFT));
        archive.setVisible(r != null && r.state().canMoveTo(CannedReplyState.ARCHIVED));
    }

    private void move(java.util.function.BiFunction<Long, Long, CannedReplyView> action) {
        if (editing == null) {
            return;
        }
        try {
            CannedReplyView moved = action.apply(editing.id(), editing.version());
            reload();
            grid.select(moved);
        } catch (FieldErrors e) {
            errors.show(e).values().stream().findFirst().ifPresent(k -> state.setText(getTranslation(k)));
        }
    }

    private void save() {
        try {
            CannedReplyView saved = replies.save(editing == null ? null : editing.id(), title.getValue(),
                    body.getValue(), editing == null ? 0 : editing.version());
            reload();
            grid.select(saved);
        } catch (FieldErrors e) {
            errors.show(e);
        }
    }

    private void reload() {
        grid.setItems(replies.list());
        edit(null);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "hd.canned.title");
    }
}
