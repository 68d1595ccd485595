package it.percorsi.content;

import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import it.percorsi.content.internal.ContentImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The authoring workflow: drafts never publish by themselves, every allowed and refused
 * transition, conflicts carrying the other text, new-document slugs, archiving hiding a document
 * everywhere readers look, the optional second reviewer, comments, and who may do any of it.
 */
@PercorsiTest
class AuthoringServiceTest {

    @Autowired ApplicationContext context;
    @Autowired ContentImporter importer;
    @Autowired AuthoringService authoring;
    @Autowired GuideService guides;
    @Autowired SearchService search;
    @Autowired ContentRevisionService revisions;
    @TempDir Path root;
    String slug;
    final List<String> created = new ArrayList<>();

    @BeforeEach
    void aGuideFromAFile() {
        slug = ContentTestData.uniqueSlug("bozza");
        write(root, "guides/" + slug + ".md", ContentTestData.guide(slug, "Ascoltare i cantonieri", "base",
                "Frase originale sulla manutenzione delle strade comunali."));
        importer.importFrom(root);
        TestUsers.loginAs(context, TestUsers.TRAINER);
    }

    @AfterEach
    void cleanUp() {
        authoring.requireSecondReviewer(false);
        TestUsers.logout();
        ContentTestData.delete(context, ContentKind.GUIDE, slug);
        created.forEach(s -> ContentTestData.delete(context, ContentKind.GUIDE, s));
    }

    @Test
    void saving_a_draft_never_publishes_and_publishing_makes_the_new_current_revision() {
        DraftInfo draft = authoring.open(ContentKind.GUIDE, slug);
        assertThat(draft.state()).isEqualTo(DraftState.DRAFT);
        assertThat(draft.newDocument()).isFalse();
        assertThat(draft.content().title()).isEqualTo("Ascoltare i cantonieri");
        assertThat(draft.content().level()).isEqualTo(GuideLevel.BASE);
        assertThat(draft.content().tags()).containsExactly("test-import");

        draft = authoring.save(draft.id(), draft.version(), draft.content().withBody("Frase nuova sulle buche."));
        assertThat(readerText()).contains("Frase originale").doesNotContain("Frase nuova");
        assertThat(authoring.open(ContentKind.GUIDE, slug).id()).as("one open draft per document").isEqualTo(draft.id());
        draft = authoring.submit(draft.id(), draft.version());
        assertThat(readerText()).doesNotContain("Frase nuova");
        assertThat(revisions.history(ContentKind.GUIDE, slug)).hasSize(1);

        draft = authoring.publish(draft.id(), draft.version());
        assertThat(draft.state()).isEqualTo(DraftState.PUBLISHED);
        assertThat(readerText()).contains("Frase nuova").doesNotContain("Frase originale");
        List<RevisionInfo> history = revisions.history(ContentKind.GUIDE, slug);
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().source()).isEqualTo(RevisionSource.PORTAL);
        assertThat(history.getFirst().author()).isEqualTo("Luca Ferri");
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(search.search(SearchRequest.of("buche"), 20).hits()).extracting(SearchHit::slug).contains(slug);

        TestUsers.loginAs(context, TestUsers.TRAINER);
        DraftInfo next = authoring.open(ContentKind.GUIDE, slug);
        assertThat(next.id()).as("a published draft is closed: editing again opens a new one").isNotEqualTo(draft.id());
        assertThat(next.content().body()).isEqualTo("Frase nuova sulle buche.");
    }

    @Test
    void every_allowed_transition_works_and_every_other_is_refused() {
        DraftInfo d = authoring.open(ContentKind.GUIDE, slug);
        // DRAFT: only submit
        assertRefused(d, this::publishIt);
        assertThatThrownBy(() -> authoring.requestChanges(d.id(), d.version(), "no")).isInstanceOfSatisfying(
                FieldErrors.class, e -> assertThat(e.errors()).containsEntry("state", "authoring.error.transition"));
        DraftInfo inReview = authoring.submit(d.id(), d.version());
        assertThat(inReview.state()).isEqualTo(DraftState.IN_REVIEW);
        // IN_REVIEW: no save, no second submit, no archive while open
        assertThatThrownBy(() -> authoring.save(inReview.id(), inReview.version(), inReview.content()))
                .isInstanceOfSatisfying(FieldErrors.class,
                        e -> assertThat(e.errors()).containsEntry("state", "authoring.error.notEditable"));
        assertRefused(inReview, x -> authoring.submit(x.id(), x.version()));
        assertThatThrownBy(() -> authoring.archive(ContentKind.GUIDE, slug)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("state", "authoring.error.openDraft"));
        // IN_REVIEW → DRAFT with a comment, then back
        DraftInfo back = authoring.requestChanges(inReview.id(), inReview.version(), "Manca un esempio.");
        assertThat(back.state()).isEqualTo(DraftState.DRAFT);
        assertThat(authoring.comments(back.id())).extracting(DraftCommentInfo::text).containsExactly("Manca un esempio.");
        DraftInfo again = authoring.submit(back.id(), back.version());
        DraftInfo published = authoring.publish(again.id(), again.version());
        // PUBLISHED: only archive
        assertRefused(published, x -> authoring.submit(x.id(), x.version()));
        assertRefused(published, this::publishIt);
        assertThatThrownBy(() -> authoring.save(published.id(), published.version(), published.content()))
                .isInstanceOf(FieldErrors.class);
        assertThatThrownBy(() -> authoring.restore(ContentKind.GUIDE, slug)).isInstanceOf(FieldErrors.class);
        DraftInfo archived = authoring.archive(ContentKind.GUIDE, slug);
        assertThat(archived.state()).isEqualTo(DraftState.ARCHIVED);
        assertThat(archived.id()).isEqualTo(published.id());
        // ARCHIVED: no second archive, no submit; restore → PUBLISHED
        assertThatThrownBy(() -> authoring.archive(ContentKind.GUIDE, slug)).isInstanceOf(FieldErrors.class);
        assertRefused(archived, x -> authoring.submit(x.id(), x.version()));
        assertRefused(archived, x -> authoring.requestChanges(x.id(), x.version(), null));
        assertThat(authoring.restore(ContentKind.GUIDE, slug).state()).isEqualTo(DraftState.PUBLISHED);
        assertThat(guides.guide(slug)).isPresent();
    }

    @Test
    void a_document_never_edited_here_can_be_archived_and_is_hidden_from_readers_lists_search_and_paths() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(search.search(SearchRequest.of("cantonieri"), 20).hits()).extracting(SearchHit::slug).contains(slug);
        TestUsers.loginAs(context, TestUsers.TRAINER);

        DraftInfo archived = authoring.archive(ContentKind.GUIDE, slug);
        assertThat(archived.state()).isEqualTo(DraftState.ARCHIVED);
        assertThat(authoring.isArchived(ContentKind.GUIDE, slug)).isTrue();
        assertThat(authoring.archived()).extracting(DraftInfo::slug).contains(slug);

        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(guides.guide(slug)).isEmpty();
        assertThat(guides.findGuide(slug)).as("path steps link through findGuide").isEmpty();
        assertThat(guides.library(GuideFilter.ALL)).extracting(GuideCard::slug).doesNotContain(slug);
        assertThat(search.search(SearchRequest.of("cantonieri"), 20).hits()).extracting(SearchHit::slug)
                .doesNotContain(slug);
        assertThat(search.suggest("cantonieri", 10)).extracting(SearchSuggestion::slug).doesNotContain(slug);
        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(exportedFiles()).as("the export leaves archived documents out").doesNotContain("guides/" + slug + ".md");
        TestUsers.loginAs(context, TestUsers.REFERENT);

        // the file imported again (even changed) does not bring it back
        write(root, "guides/" + slug + ".md", ContentTestData.guide(slug, "Ascoltare i cantonieri", "base",
                "Frase cambiata nel file."));
        importer.importFrom(root);
        assertThat(guides.guide(slug)).isEmpty();
        assertThat(search.search(SearchRequest.of("cantonieri"), 20).hits()).extracting(SearchHit::slug)
                .doesNotContain(slug);

        TestUsers.loginAs(context, TestUsers.TRAINER);
        authoring.restore(ContentKind.GUIDE, slug);
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(guides.guide(slug)).isPresent();
        assertThat(search.search(SearchRequest.of("cantonieri"), 20).hits()).extracting(SearchHit::slug).contains(slug);
        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(exportedFiles()).contains("guides/" + slug + ".md");
    }

    private List<String> exportedFiles() {
        List<String> names = new ArrayList<>();
        byte[] zip = context.getBean(ContentExportService.class).exportLibrary().bytes();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }

    @Test
    void a_stale_save_is_refused_with_the_other_text_and_can_then_be_saved_over_it() {
        DraftInfo mine = authoring.open(ContentKind.GUIDE, slug);
        DraftInfo theirs = authoring.open(ContentKind.GUIDE, slug); // another trainer, same version
        TestUsers.loginAs(context, TestUsers.ADMIN);
        authoring.save(theirs.id(), theirs.version(), theirs.content().withBody("Testo di Giulia."));
        TestUsers.loginAs(context, TestUsers.TRAINER);

        assertThatThrownBy(() -> authoring.save(mine.id(), mine.version(), mine.content().withBody("Testo di Luca.")))
                .isInstanceOfSatisfying(DraftConflict.class, e -> {
                    assertThat(e.theirs().content().body()).isEqualTo("Testo di Giulia.");
                    assertThat(e.theirs().updatedByName()).isNotBlank();
                    assertThat(e.theirs().version()).isGreaterThan(mine.version());
                });
        DraftInfo now = authoring.draft(mine.id()).orElseThrow();
        assertThat(now.content().body()).as("the refused save changed nothing").isEqualTo("Testo di Giulia.");
        DraftInfo saved = authoring.save(mine.id(), now.version(), mine.content().withBody("Testo di Luca."));
        assertThat(saved.content().body()).isEqualTo("Testo di Luca.");
        // a stale workflow step is a conflict too
        assertThatThrownBy(() -> authoring.submit(mine.id(), mine.version())).isInstanceOf(DraftConflict.class);
    }

    @Test
    void a_new_guide_needs_a_free_well_formed_slug_and_every_required_field_to_be_submitted() {
        DraftContent empty = new DraftContent("", "", null, null, null, null, null, null, List.of(), List.of(),
                List.of(), "");
        for (String bad : List.of("Con Maiuscole", "due--trattini", "-inizio", "accentò", "a".repeat(101))) {
            assertThatThrownBy(() -> authoring.create(ContentKind.GUIDE, bad, empty)).as(bad)
                    .isInstanceOfSatisfying(FieldErrors.class,
                            e -> assertThat(e.errors()).containsEntry("slug", "authoring.error.slugFormat"));
        }
        assertThatThrownBy(() -> authoring.create(ContentKind.GUIDE, " ", empty)).isInstanceOfSatisfying(
                FieldErrors.class, e -> assertThat(e.errors()).containsEntry("slug", "validation.required"));
        assertThatThrownBy(() -> authoring.create(ContentKind.GUIDE, slug, empty)).as("an existing guide")
                .isInstanceOfSatisfying(FieldErrors.class,
                        e -> assertThat(e.errors()).containsEntry("slug", "authoring.error.slugTaken"));
        assertThat(authoring.slugProblem(ContentKind.GUIDE, slug)).contains("authoring.error.slugTaken");
        assertThat(authoring.slugProblem(ContentKind.TOOL, slug)).as("slugs are per kind").isEmpty();

        String fresh = ContentTestData.uniqueSlug("nuova");
        created.add(fresh);
        DraftInfo draft = authoring.create(ContentKind.GUIDE, fresh, empty);
        assertThat(draft.newDocument()).isTrue();
        assertThat(authoring.slugProblem(ContentKind.GUIDE, fresh)).as("taken by an open draft")
                .contains("authoring.error.slugTaken");
        assertThatThrownBy(() -> authoring.submit(draft.id(), draft.version())).isInstanceOfSatisfying(
                FieldErrors.class, e -> assertThat(e.errors()).containsKeys("title", "summary", "level", "group", "body"));
        DraftInfo filled = authoring.save(draft.id(), draft.version(), new DraftContent("Guida nuova", "Un riassunto.",
                null, null, GuideLevel.BASE, GuideGroup.METODI, null, null, List.of("nuovo"), List.of(slug), List.of(),
                "## Inizio\n\nTesto della guida nuova."));
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(guides.guide(fresh)).as("not before publishing").isEmpty();
        TestUsers.loginAs(context, TestUsers.TRAINER);
        DraftInfo submitted = authoring.submit(filled.id(), filled.version());
        assertThat(authoring.publish(submitted.id(), submitted.version()).newDocument()).isFalse();
        TestUsers.loginAs(context, TestUsers.REFERENT);
        GuidePage page = guides.guide(fresh).orElseThrow();
        assertThat(page.html()).contains("Testo della guida nuova.");
        assertThat(page.related()).extracting(GuideCard::slug).containsExactly(slug);
    }

    @Test
    void with_the_second_reviewer_setting_another_trainer_must_publish() {
        authoring.requireSecondReviewer(true);
        DraftInfo d = authoring.open(ContentKind.GUIDE, slug);
        DraftInfo inReview = authoring.submit(d.id(), d.version());
        assertThatThrownBy(() -> authoring.publish(inReview.id(), inReview.version())).isInstanceOfSatisfying(
                FieldErrors.class, e -> assertThat(e.errors()).containsEntry("state", "authoring.error.secondReviewer"));
        TestUsers.loginAs(context, TestUsers.ADMIN);
        authoring.comment(inReview.id(), "Va bene così.");
        assertThat(authoring.publish(inReview.id(), inReview.version()).state()).isEqualTo(DraftState.PUBLISHED);
        assertThat(authoring.comments(inReview.id())).singleElement()
                .satisfies(c -> assertThat(c.author()).isNotBlank());
        assertThatThrownBy(() -> authoring.comment(inReview.id(), "  ")).isInstanceOf(FieldErrors.class);
    }

    @Test
    void referents_and_help_desk_staff_are_refused_everything() {
        DraftInfo d = authoring.open(ContentKind.GUIDE, slug);
        for (String who : List.of(TestUsers.REFERENT, TestUsers.HELPDESK)) {
            TestUsers.loginAs(context, who);
            List<Runnable> calls = List.of(
                    () -> authoring.open(ContentKind.GUIDE, slug),
                    () -> authoring.create(ContentKind.GUIDE, "x-" + slug, d.content()),
                    () -> authoring.slugProblem(ContentKind.GUIDE, "x"),
                    () -> authoring.draft(d.id()),
                    () -> authoring.save(d.id(), d.version(), d.content()),
                    () -> authoring.submit(d.id(), d.version()),
                    () -> authoring.requestChanges(d.id(), d.version(), "x"),
                    () -> authoring.publish(d.id(), d.version()),
                    () -> authoring.archive(ContentKind.GUIDE, slug),
                    () -> authoring.restore(ContentKind.GUIDE, slug),
                    () -> authoring.isArchived(ContentKind.GUIDE, slug),
                    () -> authoring.openDrafts(),
                    () -> authoring.archived(),
                    () -> authoring.comments(d.id()),
                    () -> authoring.comment(d.id(), "x"),
                    () -> authoring.preview(ContentKind.GUIDE, slug, "x"));
            for (int i = 0; i < calls.size(); i++) {
                Runnable call = calls.get(i);
                assertThatThrownBy(call::run).as(who + " call " + i).isInstanceOf(AccessDeniedException.class);
            }
        }
        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(authoring.draft(d.id()).orElseThrow().version()).isEqualTo(d.version());
    }

    private void publishIt(DraftInfo d) {
        authoring.publish(d.id(), d.version());
    }

    private void assertRefused(DraftInfo d, Consumer<DraftInfo> step) {
        assertThatThrownBy(() -> step.accept(d)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("state", "authoring.error.transition"));
    }

    private String readerText() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        try {
            return guides.guide(slug).orElseThrow().html();
        } finally {
            TestUsers.loginAs(context, TestUsers.TRAINER);
        }
    }
}
