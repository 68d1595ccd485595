package it.percorsi.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.DateTimes;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentRevisionService;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.RevisionDiff;
import it.percorsi.content.RevisionInfo;
import it.percorsi.content.RevisionSource;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * TRAINER / ADMIN: the revisions of one guide, tool or FAQ (who, when, from a file or the portal),
 * the line changes between any two of them, and the rollback to an old one, which saves a new
 * revision copying it after an explicit confirmation. Changed lines are marked by a sign and a
 * spoken label as well as by colour.
 */
@Route(ContentRoutes.REVISIONS_TEMPLATE)
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
class RevisionHistoryView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final ContentRevisionService revisions;
    private final DateTimes dates;
    final Grid<RevisionInfo> grid = new Grid<>(RevisionInfo.class, false);
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Button compare = new Button();
    final Div diff = new Div();
    final Select<Integer> restore = new Select<>();
    final Button rollback = new Button();
    final Div confirmation = new Div();
    final Button confirm = new Button();
    final Button cancel = new Button();
    final Paragraph status = new Paragraph();
    ContentKind kind;
    String slug;
    List<RevisionInfo> history = List.of();

    RevisionHistoryView(ContentRevisionService revisions, DateTimes dates) {
        this.revisions = revisions;
        this.dates = dates;
        addClassName("content-page");
        addClassName("revision-history");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String kindName = event.getRouteParameters().get("kind").orElse("");
        slug = event.getRouteParameters().get("slug").orElse("");
        kind = Arrays.stream(ContentKind.values())
                .filter(k -> k.name().toLowerCase(Locale.ROOT).equals(kindName)).findFirst().orElse(null);
        history = kind == null ? List.of() : revisions.history(kind, slug);
        if (history.isEmpty()) {
            H2 title = new H2(getTranslation("content.revisions.notFound"));
            title.setId("revisions-title");
            add(title);
            return;
        }
        build();
    }

    private void build() {
        RevisionInfo current = current();
        H2 title = new H2(getTranslation("content.revisions.heading", current.title()));
        title.setId("revisions-title");
        Anchor open = new Anchor(ContentRoutes.of(kind, slug), getTranslation("content.revisions.open"));
        open.setId("revisions-open");
        status.setId("revisions-status");
        status.getElement().setAttribute("role", "status");
        add(title, new Paragraph(getTranslation("content.revisions.intro")), open, status);

        grid.setId("revisions-grid");
        grid.addColumn(RevisionInfo::number).setHeader(getTranslation("content.revisions.number")).setAutoWidth(true);
        grid.addColumn(r -> dates.preciseDateTime(r.createdAt(), getLocale()))
                .setHeader(getTranslation("content.revisions.when")).setAutoWidth(true);
        grid.addColumn(this::who).setHeader(getTranslation("content.revisions.who")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("content.revisions.source." + r.source().name()))
                .setHeader(getTranslation("content.revisions.source")).setAutoWidth(true);
        grid.addColumn(r -> r.title() + (r.current() ? " (" + getTranslation("content.revisions.current") + ")" : ""))
                .setHeader(getTranslation("content.revisions.titleColumn")).setFlexGrow(1);
        grid.addColumn(this::change).setHeader(getTranslation("content.revisions.change")).setFlexGrow(1)
                .setKey("change");
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        add(grid);

        List<Integer> numbers = history.stream().map(RevisionInfo::number).toList();
        from.setId("revisions-from");
        from.setLabel(getTranslation("content.revisions.from"));
        to.setId("revisions-to");
        to.setLabel(getTranslation("content.revisions.to"));
        for (Select<Integer> s : List.of(from, to, restore)) {
            s.setItems(numbers);
            s.setItemLabelGenerator(n -> getTranslation("content.revisions.option", n));
        }
        to.setValue(current.number());
        from.setValue(history.size() > 1 ? history.get(1).number() : current.number());
        compare.setText(getTranslation("content.revisions.compare"));
        compare.setId("revisions-compare");
        compare.addClickListener(e -> showDiff());
        diff.setId("revisions-diff");
        diff.addClassName("revision-diff");
        HorizontalLayout pick = new HorizontalLayout(from, to, compare);
        pick.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new H3(getTranslation("content.revisions.compareHeading")), pick, diff);

        restore.setId("revisions-restore");
        restore.setLabel(getTranslation("content.revisions.restoreLabel"));
        restore.setItems(numbers.stream().filter(n -> n != current.number()).toList());
        rollback.setText(getTranslation("content.revisions.rollback"));
        rollback.setId("revisions-rollback");
        rollback.addClickListener(e -> askConfirmation());
        confirmation.setId("revisions-confirmation");
        confirmation.setVisible(false);
        confirm.setId("revisions-confirm");
        confirm.setText(getTranslation("content.revisions.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> doRollback());
        cancel.setId("revisions-cancel");
        cancel.setText(getTranslation("content.revisions.cancel"));
        cancel.addClickListener(e -> confirmation.setVisible(false));
        HorizontalLayout restoreRow = new HorizontalLayout(restore, rollback);
        restoreRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new H3(getTranslation("content.revisions.rollbackHeading")),
                new Paragraph(getTranslation("content.revisions.rollbackIntro")), restoreRow, confirmation);
        if (history.size() > 1) {
            showDiff();
        }
    }

    private RevisionInfo current() {
        return history.stream().filter(RevisionInfo::current).findFirst().orElse(history.get(0));
    }

    private String who(RevisionInfo r) {
        if (r.source() == RevisionSource.FILE) {
            return getTranslation("content.revisions.fromFile");
        }
        return r.author() == null || r.author().isBlank() ? getTranslation("content.revisions.unknownAuthor")
                : r.author();
    }

    void showDiff() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        RevisionDiff changes;
        try {
            changes = revisions.diff(kind, slug, from.getValue(), to.getValue());
        } catch (NoSuchElementException e) {
            status.setText(getTranslation("content.revisions.notFound"));
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("content.revisions.summary", changes.from().number(),
                changes.to().number(), changes.added(), changes.removed()));
        summary.setId("revisions-diff-summary");
        diff.add(summary);
        if (changes.added() == 0 && changes.removed() == 0) {
            diff.add(new Paragraph(getTranslation("content.revisions.same")));
            return;
        }
        Div lines = new Div();
        lines.addClassName("diff-lines");
        for (RevisionDiff.Line line : changes.lines()) {
            Div row = new Div();
            row.addClassName("diff-line");
            String sign;
            String label;
            switch (line.change()) {
                case ADDED -> {
                    row.addClassName("diff-added");
                    sign = "+ ";
                    label = getTranslation("content.revisions.added");
                }
                case REMOVED -> {
                    row.addClassName("diff-removed");
                    sign = "− ";
                    label = getTranslation("content.revisions.removed");
                }
                default -> {
                    sign = "  ";
                    label = null;
                }
            }
            Span mark = new Span(sign);
            mark.getElement().setAttribute("aria-hidden", "true");
            row.add(mark);
            if (label != null) {
                Span spoken = new Span(label + " ");
                spoken.addClassName("visually-hidden");
                row.add(spoken);
            }
            row.add(new Span(line.text()));
            lines.add(row);
        }
        diff.add(lines);
    }

    void askConfirmation() {
        Integer number = restore.getValue();
        confirmation.removeAll();
        if (number == null) {
            restore.setInvalid(true);
            restore.setErrorMessage(getTranslation("content.revisions.pickOne"));
            confirmation.setVisible(false);
            return;
        }
        restore.setInvalid(false);
        Paragraph question = new Paragraph(getTranslation("content.revisions.confirmText", number,
                current().number() + 1));
        question.setId("revisions-confirm-text");
        confirmation.add(question, new HorizontalLayout(confirm, cancel));
        confirmation.setVisible(true);
    }

    void doRollback() {
        Integer number = restore.getValue();
        RevisionInfo current = current();
        try {
            RevisionInfo created = revisions.rollback(kind, slug, number, current.id());
            history = revisions.history(kind, slug);
            removeAll();
            grid.removeAllColumns();
            build();
            status.setText(getTranslation("content.revisions.restored", number, created.number()));
        } catch (FieldErrors e) {
            confirmation.setVisible(false);
            status.setText(getTranslation(Optional.ofNullable(e.errors().get("revision"))
                    .orElse("content.revision.conflict")));
        }
    }

    /**
     * The note on a revision (if any) and what changed against the previous one, e.g.
     * "Corretto il link · titolo, riassunto; +12 −3 righe".
     */
    String change(RevisionInfo r) {
        String summary;
        if (r.changes() == null) {
            summary = getTranslation("content.revisions.firstRevision");
        } else if (r.changes().none()) {
            summary = getTranslation("content.revisions.noChange");
        } else {
            String fields = String.join(", ", r.changes().fields().stream()
                    .map(f -> getTranslation("content.revisions.field." + f)).toList());
            String lines = getTranslation("content.revisions.lines", r.changes().linesAdded(),
                    r.changes().linesRemoved());
            summary = fields.isEmpty() ? lines : fields + "; " + lines;
        }
        return r.changeNote() == null ? summary : r.changeNote() + " · " + summary;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "content.revisions.title");
    }
}
