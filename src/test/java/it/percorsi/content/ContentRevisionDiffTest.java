package it.percorsi.content;

import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import it.percorsi.content.internal.ContentImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Line diff between two revisions, rollback as a new revision, conflicts and who may do it. */
@PercorsiTest
class ContentRevisionDiffTest {

    @Autowired ContentImporter importer;
    @Autowired ContentRevisionService revisions;
    @Autowired ContentExportService export;
    @Autowired GuideService guides;
    @Autowired ApplicationContext context;

    @TempDir Path root;
    String slug;

    @BeforeEach
    void aGuideEditedInThePortal() {
        slug = ContentTestData.uniqueSlug("rev");
        write(root, "guides/" + slug + ".md", ContentTestData.guide(slug, "Titolo dal file", "base",
                "Prima riga del file.\n\nSeconda riga che resta."));
        assertThat(importer.importFrom(root).created()).isEqualTo(1);
        TestUsers.loginAs(context, TestUsers.TRAINER);
        PortalEdits.publish(context, ContentKind.GUIDE, slug, new PortalEdit("Titolo dal portale",
                "Riassunto di Titolo dal file.", "# Titolo dal file\n\nRiga scritta nel portale.\n\nSeconda riga che resta.",
                null));
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        ContentTestData.delete(context, ContentKind.GUIDE, slug);
    }

    @Test
    void the_diff_marks_removed_and_added_lines_of_front_matter_and_body_with_their_numbers() {
        RevisionDiff diff = revisions.diff(ContentKind.GUIDE, slug, 1, 2);

        assertThat(diff.from().number()).isEqualTo(1);
        assertThat(diff.from().source()).isEqualTo(RevisionSource.FILE);
        assertThat(diff.to().number()).isEqualTo(2);
        assertThat(diff.to().author()).isEqualTo("Luca Ferri");
        assertThat(diff.lines()).filteredOn(l -> l.change() == RevisionDiff.Change.REMOVED)
                .extracting(RevisionDiff.Line::text)
                .containsExactly("title: \"Titolo dal file\"", "Prima riga del file.");
        assertThat(diff.lines()).filteredOn(l -> l.change() == RevisionDiff.Change.ADDED)
                .extracting(RevisionDiff.Line::text)
                .containsExactly("title: \"Titolo dal portale\"", "Riga scritta nel portale.");
        assertThat(diff.lines()).filteredOn(l -> l.change() == RevisionDiff.Change.UNCHANGED)
                .extracting(RevisionDiff.Line::text)
                .contains("level: \"base\"", "Seconda riga che resta.");
        RevisionDiff.Line removedBody = diff.lines().stream().filter(l -> l.text().equals("Prima riga del file."))
                .findFirst().orElseThrow();
        assertThat(removedBody.oldNumber()).isNotNull();
        assertThat(removedBody.newNumber()).isNull();
        assertThat(diff.added()).isEqualTo(2);
        assertThat(diff.removed()).isEqualTo(2);

        // the other way round, the same lines swap roles; a revision with itself has no change
        RevisionDiff back = revisions.diff(ContentKind.GUIDE, slug, 2, 1);
        assertThat(back.lines()).filteredOn(l -> l.change() == RevisionDiff.Change.ADDED)
                .extracting(RevisionDiff.Line::text).contains("Prima riga del file.");
        assertThat(revisions.diff(ContentKind.GUIDE, slug, 2, 2).added()).isZero();
        assertThatThrownBy(() -> revisions.diff(ContentKind.GUIDE, slug, 1, 9))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void rollback_saves_a_new_current_revision_copying_the_old_one_and_keeps_history() {
        RevisionInfo current = revisions.history(ContentKind.GUIDE, slug).get(0);
        assertThat(current.number()).isEqualTo(2);

        RevisionInfo restored = revisions.rollback(ContentKind.GUIDE, slug, 1, current.id());

        assertThat(restored.number()).isEqualTo(3);
        assertThat(restored.source()).isEqualTo(RevisionSource.PORTAL);
        assertThat(restored.current()).isTrue();
        assertThat(restored.author()).isEqualTo("Luca Ferri");
        List<RevisionInfo> history = revisions.history(ContentKind.GUIDE, slug);
        assertThat(history).extracting(RevisionInfo::number, RevisionInfo::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, true),
                        org.assertj.core.groups.Tuple.tuple(2, false), org.assertj.core.groups.Tuple.tuple(1, false));
        assertThat(revisions.diff(ContentKind.GUIDE, slug, 1, 3).lines())
                .allMatch(l -> l.change() == RevisionDiff.Change.UNCHANGED);
        assertThat(revisions.diff(ContentKind.GUIDE, slug, 2, 3).added()).isEqualTo(2);

        TestUsers.loginAs(context, TestUsers.REFERENT);
        GuidePage page = guides.guide(slug).orElseThrow();
        assertThat(page.guide().title().it()).isEqualTo("Titolo dal file");
        assertThat(page.html()).contains("Prima riga del file.").doesNotContain("Riga scritta nel portale.");
    }

    @Test
    void rollback_is_refused_when_the_current_revision_moved_on_or_is_the_one_asked_for() {
        RevisionInfo first = revisions.history(ContentKind.GUIDE, slug).get(1);
        RevisionInfo current = revisions.history(ContentKind.GUIDE, slug).get(0);

        assertThatThrownBy(() -> revisions.rollback(ContentKind.GUIDE, slug, 1, first.id()))
                .isInstanceOfSatisfying(FieldErrors.class,
                        e -> assertThat(e.errors()).containsEntry("revision", "content.revision.conflict"));
        assertThatThrownBy(() -> revisions.rollback(ContentKind.GUIDE, slug, 2, current.id()))
                .isInstanceOfSatisfying(FieldErrors.class,
                        e -> assertThat(e.errors()).containsEntry("revision", "content.revision.alreadyCurrent"));
        assertThatThrownBy(() -> revisions.rollback(ContentKind.GUIDE, slug, 7, current.id()))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(revisions.history(ContentKind.GUIDE, slug)).hasSize(2);
        assertThat(revisions.history(ContentKind.GUIDE, slug).get(0).id()).isEqualTo(current.id());
    }

    @Test
    void referents_and_help_desk_staff_are_refused() {
        long currentId = revisions.history(ContentKind.GUIDE, slug).get(0).id();
        for (String who : List.of(TestUsers.REFERENT, TestUsers.HELPDESK)) {
            TestUsers.loginAs(context, who);
            assertThatThrownBy(() -> revisions.diff(ContentKind.GUIDE, slug, 1, 2))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> revisions.rollback(ContentKind.GUIDE, slug, 1, currentId))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> revisions.history(ContentKind.GUIDE, slug))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> export.exportLibrary()).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(revisions.history(ContentKind.GUIDE, slug)).hasSize(2);
    }

    @Test
    void the_history_shows_the_change_note_and_an_automatic_summary_against_the_previous_revision() {
        List<RevisionInfo> history = revisions.history(ContentKind.GUIDE, slug);
        RevisionInfo fromPortal = history.get(0);
        RevisionInfo fromFile = history.get(1);
        assertThat(fromFile.changeNote()).isNull(); // the import writes no note
        assertThat(fromFile.changes()).isNull(); // nothing before the first revision
        assertThat(fromPortal.changeNote()).isNull(); // published without a note
        assertThat(fromPortal.changes().fields()).containsExactly("title");
        assertThat(fromPortal.changes().linesAdded()).isEqualTo(1);
        assertThat(fromPortal.changes().linesRemoved()).isEqualTo(1);

        // a change with a note: summary, tags and three body lines (one replaced, two added)
        AuthoringService authoring = context.getBean(AuthoringService.class);
        DraftInfo draft = authoring.open(ContentKind.GUIDE, slug);
        DraftContent c = draft.content();
        draft = authoring.save(draft.id(), draft.version(), new DraftContent(c.title(), "Un riassunto nuovo.",
                c.titleEn(), c.summaryEn(), c.level(), c.group(), c.toolKind(), c.topic(), List.of("nuova"),
                c.related(), c.tools(), "# Titolo dal file\n\nRiga cambiata.\n\nSeconda riga che resta.\n\nUna.\nDue."));
        draft = authoring.submit(draft.id(), draft.version());
        long id = draft.id();
        long version = draft.version();
        assertThatThrownBy(() -> authoring.publish(id, version, "x".repeat(AuthoringService.CHANGE_NOTE_MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(FieldErrors.class,
                        e -> assertThat(e.errors()).containsEntry("changeNote", "validation.tooLong"));
        assertThat(revisions.history(ContentKind.GUIDE, slug)).hasSize(2); // not published
        authoring.publish(id, version, "  Aggiunti due esempi.  ");

        RevisionInfo third = revisions.history(ContentKind.GUIDE, slug).get(0);
        assertThat(third.number()).isEqualTo(3);
        assertThat(third.changeNote()).isEqualTo("Aggiunti due esempi.");
        assertThat(third.changes().fields()).containsExactly("summary", "tags");
        assertThat(third.changes().linesAdded()).isEqualTo(4); // "Riga cambiata.", "", "Una.", "Due."
        assertThat(third.changes().linesRemoved()).isEqualTo(1);

        // a rollback notes which revision it restored
        RevisionInfo restored = revisions.rollback(ContentKind.GUIDE, slug, 1, third.id());
        assertThat(restored.changeNote()).isEqualTo("Ripristino della revisione 1");
        RevisionInfo fourth = revisions.history(ContentKind.GUIDE, slug).get(0);
        assertThat(fourth.changeNote()).isEqualTo("Ripristino della revisione 1");
        assertThat(fourth.changes().fields()).containsExactly("title", "summary", "tags");
        assertThat(fourth.changes().linesRemoved()).isEqualTo(4);
        assertThat(fourth.changes().linesAdded()).isEqualTo(1);
        // the older entries are unchanged
        assertThat(revisions.history(ContentKind.GUIDE, slug).get(1).changeNote()).isEqualTo("Aggiunti due esempi.");
    }
}
