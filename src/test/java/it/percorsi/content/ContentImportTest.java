package it.percorsi.content;

import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import it.percorsi.content.internal.ContentImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Import idempotency and the no-clobber rule for revisions made in the portal. */
@PercorsiTest
@org.springframework.test.context.event.RecordApplicationEvents
class ContentImportTest {

    @Autowired org.springframework.test.context.event.ApplicationEvents events;

    @Autowired ContentImporter importer;
    @Autowired ContentRevisionService revisions;
    @Autowired GuideService guides;
    @Autowired ContentProblemsService problems;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    @TempDir Path root;
    final List<String> slugs = new ArrayList<>();

    @BeforeEach
    void twoGuides() {
        slugs.add(ContentTestData.uniqueSlug("imp-a"));
        slugs.add(ContentTestData.uniqueSlug("imp-b"));
        writeGuide(0, "Prima guida", "Testo della prima guida.");
        writeGuide(1, "Seconda guida", "Testo della seconda guida.");
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
        slugs.forEach(s -> ContentTestData.delete(context, ContentKind.GUIDE, s));
    }

    private Path writeGuide(int i, String title, String body) {
        return write(root, "guides/" + slugs.get(i) + ".md", ContentTestData.guide(slugs.get(i), title, "base", body));
    }

    private List<RevisionInfo> history(int i) {
        TestUsers.loginAs(context, TestUsers.TRAINER);
        try {
            return revisions.history(ContentKind.GUIDE, slugs.get(i));
        } finally {
            TestUsers.logout();
        }
    }

    private String currentTitle(int i) {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        try {
            return guides.findGuide(slugs.get(i)).orElseThrow().title().it();
        } finally {
            TestUsers.logout();
        }
    }

    private RevisionInfo editInPortal(int i, String title) {
        TestUsers.loginAs(context, TestUsers.TRAINER);
        try {
            return PortalEdits.publish(context, ContentKind.GUIDE, slugs.get(i),
                    new PortalEdit(title, "Riassunto dal portale.", "Testo scritto nel portale.", null));
        } finally {
            TestUsers.logout();
        }
    }

    private static void touch(Path file, Instant when) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(when));
    }

    @Test
    void import_creates_documents_and_a_second_import_changes_nothing() {
        ImportReport first = importer.importFrom(root);
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.problems()).isEmpty();

        ImportReport second = importer.importFrom(root);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(history(0)).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(RevisionSource.FILE);
            assertThat(r.current()).isTrue();
        });
    }

    @Test
    void the_start_up_import_skips_an_unchanged_folder_by_checksums_and_imports_any_change() throws IOException {
        // first start: nothing in the database yet, a full import
        assertThat(importer.importIfChanged(root)).isNotNull().satisfies(r -> assertThat(r.created()).isEqualTo(2));
        // restart with the same files: nothing parsed or written, the problems page still gets its report
        assertThat(importer.importIfChanged(root)).isNull();
        assertThat(history(0)).hasSize(1);

        // a changed file, a new file or a non-markdown file: the full import again
        writeGuide(0, "Prima guida rivista", "Testo cambiato.");
        ImportReport changed = importer.importIfChanged(root);
        assertThat(changed).isNotNull();
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(currentTitle(0)).isEqualTo("Prima guida rivista");
        assertThat(importer.importIfChanged(root)).isNull();

        slugs.add(ContentTestData.uniqueSlug("imp-c"));
        writeGuide(2, "Terza guida", "Testo della terza guida.");
        assertThat(importer.importIfChanged(root)).isNotNull().satisfies(r -> assertThat(r.created()).isEqualTo(1));
        assertThat(importer.importIfChanged(root)).isNull();

        Files.writeString(root.resolve("guides/appunti.txt"), "non markdown");
        ImportReport notMarkdown = importer.importIfChanged(root);
        assertThat(notMarkdown).isNotNull();
        assertThat(notMarkdown.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("guides/appunti.txt"));
    }

    @Test
    void a_skipped_unchanged_import_still_gives_the_problems_page_the_folder_report() {
        ImportReport full = importer.importIfChanged(root);
        assertThat(full).isNotNull();
        assertThat(full.warnings()).isNotEmpty(); // the test guides have no English translation

        assertThat(importer.importIfChanged(root)).isNull();
        TestUsers.loginAs(context, TestUsers.TRAINER);
        ImportReport shown = problems.lastImport();
        assertThat(shown.folder()).isEqualTo(root);
        assertThat(shown.unchanged()).isEqualTo(2);
        assertThat(shown.problems()).isEqualTo(full.problems());
        assertThat(shown.warnings()).isEqualTo(full.warnings());
    }

    @Test
    void a_changed_file_becomes_a_new_current_file_revision() {
        importer.importFrom(root);
        writeGuide(0, "Prima guida rivista", "Testo cambiato.");
        ImportReport report = importer.importFrom(root);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(history(0)).extracting(RevisionInfo::number, RevisionInfo::source, RevisionInfo::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, RevisionSource.FILE, true),
                        org.assertj.core.groups.Tuple.tuple(1, RevisionSource.FILE, false));
        assertThat(currentTitle(0)).isEqualTo("Prima guida rivista");
    }

    @Test
    void every_new_version_is_announced_once_and_an_unchanged_import_announces_nothing() {
        importer.importFrom(root);
        assertThat(changes()).containsExactlyInAnyOrder(
                new it.percorsi.base.content.ContentChanged("guide", slugs.get(0), "1"),
                new it.percorsi.base.content.ContentChanged("guide", slugs.get(1), "1"));
        events.clear();

        importer.importFrom(root);
        assertThat(changes()).isEmpty();

        writeGuide(0, "Prima guida rivista", "Testo cambiato.");
        importer.importFrom(root);
        clock.advance(Duration.ofHours(1));
        editInPortal(1, "Titolo dal portale");
        assertThat(changes()).containsExactly(
                new it.percorsi.base.content.ContentChanged("guide", slugs.get(0), "2"),
                new it.percorsi.base.content.ContentChanged("guide", slugs.get(1), "2"));
    }

    private List<it.percorsi.base.content.ContentChanged> changes() {
        return events.stream(it.percorsi.base.content.ContentChanged.class)
                .filter(c -> slugs.contains(c.key())).toList();
    }

    @Test
    void a_portal_revision_newer_than_the_file_is_never_overwritten() throws IOException {
        importer.importFrom(root);
        clock.advance(Duration.ofHours(1));
        editInPortal(0, "Titolo dal portale");
        // The file changes too, but its last modification is older than the portal edit.
        Path file = writeGuide(0, "Titolo dal file", "Testo dal file.");
        touch(file, clock.instant().minus(Duration.ofMinutes(30)));

        ImportReport report = importer.importFrom(root);
        assertThat(report.keptPortal()).isEqualTo(1);
        assertThat(report.updated()).isZero();
        assertThat(currentTitle(0)).isEqualTo("Titolo dal portale");
        assertThat(history(0)).first().satisfies(r -> {
            assertThat(r.source()).isEqualTo(RevisionSource.PORTAL);
            assertThat(r.current()).isTrue();
        });
        // And the next start-up still does nothing.
        assertThat(importer.importFrom(root).keptPortal()).isEqualTo(1);
        assertThat(history(0)).hasSize(2);
    }

    @Test
    void a_file_changed_after_the_portal_revision_replaces_it() throws IOException {
        importer.importFrom(root);
        editInPortal(0, "Titolo dal portale");
        Path file = writeGuide(0, "Titolo dal file", "Testo dal file.");
        touch(file, clock.instant().plus(Duration.ofHours(1)));

        ImportReport report = importer.importFrom(root);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(currentTitle(0)).isEqualTo("Titolo dal file");
        assertThat(history(0)).extracting(RevisionInfo::source)
                .containsExactly(RevisionSource.FILE, RevisionSource.PORTAL, RevisionSource.FILE);
    }

    @Test
    void an_unchanged_file_does_not_replace_a_portal_revision_even_if_older() {
        importer.importFrom(root);
        editInPortal(0, "Titolo dal portale");
        assertThat(importer.importFrom(root).unchanged()).isEqualTo(2);
        assertThat(currentTitle(0)).isEqualTo("Titolo dal portale");
    }

    @Test
    void an_invalid_file_is_skipped_its_stored_revision_kept_and_valid_files_still_import() {
        importer.importFrom(root);
        write(root, "guides/" + slugs.get(0) + ".md",
                ContentTestData.guide(slugs.get(0), "Rotta", "esperto", "Testo rotto."));
        slugs.add(ContentTestData.uniqueSlug("imp-c"));
        writeGuide(2, "Terza guida", "Nuova.");

        ImportReport report = importer.importFrom(root);
        assertThat(report.skippedFiles()).isEqualTo(1);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("guides/" + slugs.get(0) + ".md");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("unknown level 'esperto'");
        });
        assertThat(currentTitle(0)).isEqualTo("Prima guida");
        assertThat(currentTitle(2)).isEqualTo("Terza guida");

        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(problems.lastImport().problems()).isEqualTo(report.problems());
    }

    @Test
    void a_file_that_disappears_does_not_delete_the_guide() throws IOException {
        importer.importFrom(root);
        Files.delete(root.resolve("guides/" + slugs.get(1) + ".md"));
        ImportReport report = importer.importFrom(root);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(currentTitle(1)).isEqualTo("Seconda guida");
    }

    @Test
    void only_trainers_and_admins_save_portal_revisions() {
        importer.importFrom(root);
        assertThatThrownBy(() -> PortalEdits.publish(context, ContentKind.GUIDE, slugs.get(0),
                new PortalEdit("x", "y", "z", null))).isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThatThrownBy(() -> PortalEdits.publish(context, ContentKind.GUIDE, slugs.get(0),
                new PortalEdit("x", "y", "z", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> revisions.history(ContentKind.GUIDE, slugs.get(0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> problems.lastImport()).isInstanceOf(AccessDeniedException.class);
        TestUsers.loginAs(context, TestUsers.ADMIN);
        assertThat(PortalEdits.publish(context, ContentKind.GUIDE, slugs.get(0),
                new PortalEdit("Dall'amministratore", "y", "z", null)).source()).isEqualTo(RevisionSource.PORTAL);
    }
}
