package it.percorsi.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.assessment.QuestionnaireDefinitions;
import it.percorsi.assessment.QuestionnaireReader;
import it.percorsi.base.content.ContentChanged;
import it.percorsi.base.content.ContentLibrary;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.base.content.DefinitionInUse;
import it.percorsi.base.content.DefinitionInUseRepository;
import it.percorsi.path.internal.PathLibraryVersionRepository;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Trainers edit the path library and the questionnaire as YAML in the portal: checked by the
 * content folder's validator with lines, published only when valid, in use at once and after a
 * restart, tried before publishing.
 */
@PercorsiTest
class PathEditorServiceTest {

    static final String FILE = "paths/primo-ascolto-sportello.yaml";

    @Autowired PathEditorService editor;
    @Autowired PathDefinitions paths;
    @Autowired QuestionnaireDefinitions questionnaire;
    @Autowired PathLibraryVersionRepository versions;
    @Autowired DefinitionInUseRepository inUse;
    @Autowired ContentLibrary library;
    @Autowired MutableClock clock;
    @Autowired ApplicationContext context;

    @BeforeEach
    void asTrainer() {
        TestUsers.loginAs(context, TestUsers.TRAINER);
    }

    @AfterEach
    void backToTheFolder() {
        TestUsers.loginAs(context, TestUsers.TRAINER);
        questionnaire.reload();
        paths.reload();
        TestUsers.logout();
    }

    private String original() {
        return editor.source(FILE).orElseThrow();
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + fragment);
    }

    @Test
    void the_files_are_the_path_library_in_use_and_the_questionnaire() {
        assertThat(editor.files()).contains(FILE, "paths/impostazioni.yaml", QuestionnaireReader.FILE);
        assertThat(editor.source(QuestionnaireReader.FILE)).get().asString().contains("facets:");
        assertThat(editor.validate(FILE, original()).ok()).isTrue();
    }

    @Test
    void errors_come_with_the_line_of_the_edited_file_and_nothing_is_stored() {
        String text = original().replaceFirst("effort_hours: 4", "effort_hours: quattro")
                .replace("unless: {usersReached: [FINO_1000]}", "unless: {esperienza: [NONE]}");
        long versionsBefore = versions.count();
        String inUseBefore = paths.current().checksum();

        PathEditorService.Check check = editor.validate(FILE, text);
        assertThat(check.ok()).isFalse();
        assertThat(check.problems()).extracting(ContentProblem::toString).contains(
                FILE + ":" + lineOf(text, "effort_hours: quattro") + ": step 'chiarire-il-servizio': effort_hours is not a number: 'quattro'");
        assertThat(check.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(lineOf(text, "unless: {esperienza"));
            assertThat(p.message()).contains("unknown facet 'esperienza'");
        });

        PathEditorService.Check publish = editor.publish(FILE, text);
        assertThat(publish.problems()).isEqualTo(check.problems());
        assertThat(versions.count()).isEqualTo(versionsBefore);
        assertThat(paths.current().checksum()).isEqualTo(inUseBefore);
        assertThat(inUse.findById(ContentChanged.PATH_LIBRARY)).get()
                .extracting(DefinitionInUse::getOrigin).isEqualTo(DefinitionInUse.Origin.FOLDER);

        // YAML syntax errors too, at their line
        PathEditorService.Check syntax = editor.validate(FILE, original() + "\nsteps: [rotto\n");
        assertThat(syntax.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void a_step_linking_a_guide_that_is_not_published_is_an_error() {
        String text = original().replaceFirst("guides: \\[ascoltare-gli-utenti\\]", "guides: [guida-inesistente]");
        assertThat(editor.validate(FILE, text).problems()).extracting(ContentProblem::message)
                .anySatisfy(m -> assertThat(m).contains("unknown guide 'guida-inesistente'"));
    }

    @Test
    void try_shows_the_edited_path_without_storing_and_publish_changes_the_recommendation() {
        String text = original().replace("title: Chiarire a che cosa serve lo sportello",
                "title: Chiarire lo scopo dello sportello (modificato)").replaceFirst("effort_hours: 4", "effort_hours: 5");
        long versionsBefore = versions.count();
        Map<String, List<String>> answers = Map.of();
        String before = paths.current().checksum();

        PathEditorService.Trial trial = editor.tryIt(FILE, text, answers);
        assertThat(trial.ok()).isTrue();
        assertThat(trial.templateId()).isEqualTo("primo-ascolto-sportello");
        assertThat(trial.steps()).filteredOn(s -> s.id().equals("chiarire-il-servizio")).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Chiarire lo scopo dello sportello (modificato)");
            assertThat(s.effortHours()).isEqualTo(5.0);
        });
        assertThat(trial.templateReason()).isNotBlank();
        assertThat(versions.count()).isEqualTo(versionsBefore);
        assertThat(paths.current().checksum()).isEqualTo(before);
        var unchanged = RecommendationEngine.recommend(paths.current(),
                it.percorsi.assessment.Scoring.profile(questionnaire.current(), answers));
        assertThat(unchanged.stepIds()).contains("chiarire-il-servizio");
        assertThat(paths.current().step("chiarire-il-servizio").orElseThrow().title().it())
                .isEqualTo("Chiarire a che cosa serve lo sportello");

        assertThat(editor.publish(FILE, text).ok()).isTrue();
        var published = RecommendationEngine.recommend(paths.current(),
                it.percorsi.assessment.Scoring.profile(questionnaire.current(), answers));
        assertThat(published.stepIds()).contains("chiarire-il-servizio");
        assertThat(published.effortHours()).isEqualTo(unchanged.effortHours() + 1);
        assertThat(paths.current().step("chiarire-il-servizio").orElseThrow().title().it())
                .isEqualTo("Chiarire lo scopo dello sportello (modificato)");
        assertThat(editor.source(FILE)).contains(text);
        assertThat(inUse.findById(ContentChanged.PATH_LIBRARY)).get().satisfies(d -> {
            assertThat(d.getOrigin()).isEqualTo(DefinitionInUse.Origin.PORTAL);
            assertThat(d.getChangedBy()).isEqualTo(TestUsers.TRAINER);
            assertThat(d.getChecksum()).isEqualTo(paths.current().checksum());
        });
    }

    @Test
    void after_a_restart_the_portal_edit_stays_in_use_until_the_folder_is_reloaded_explicitly() {
        String text = original().replace("title: Chiarire a che cosa serve lo sportello",
                "title: Chiarire lo sportello (dal portale)");
        assertThat(editor.publish(FILE, text).ok()).isTrue();
        String published = paths.current().checksum();

        // a restart with the unchanged content folder: the folder's files do not overwrite the portal edit
        PathDefinitions restarted = new PathDefinitions(versions, questionnaire, clock, library, inUse);
        restarted.loadAtStartup();
        assertThat(restarted.current().checksum()).isEqualTo(published);
        assertThat(restarted.current().step("chiarire-il-servizio").orElseThrow().title().it())
                .isEqualTo("Chiarire lo sportello (dal portale)");
        assertThat(restarted.folderVersionNotUsed()).isPresent();
        assertThat(editor.folderDiffers(FILE)).isFalse(); // the running portal published it: nothing to say

        // an explicit reload from the folder makes the folder's version the one in use, also after a restart
        restarted.reload();
        String folder = restarted.current().checksum();
        assertThat(folder).isNotEqualTo(published);
        PathDefinitions again = new PathDefinitions(versions, questionnaire, clock, library, inUse);
        again.loadAtStartup();
        assertThat(again.current().checksum()).isEqualTo(folder);
        assertThat(again.folderVersionNotUsed()).isEmpty();
    }

    @Test
    void an_edited_questionnaire_is_checked_against_every_path_rule_and_published_when_valid() {
        String source = editor.source(QuestionnaireReader.FILE).orElseThrow();
        String renamed = source.replace("{value: SERVED,", "{value: SERVITO,");
        PathEditorService.Check check = editor.validate(QuestionnaireReader.FILE, renamed);
        assertThat(check.ok()).isFalse();
        assertThat(check.problems()).anySatisfy(p -> {
            assertThat(p.file()).startsWith("paths/");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("SERVED");
        });
        String before = questionnaire.current().checksum();
        assertThat(editor.publish(QuestionnaireReader.FILE, renamed).ok()).isFalse();
        assertThat(questionnaire.current().checksum()).isEqualTo(before);

        String retitled = source.replaceFirst("(?m)^title: .*$", "title: Autovalutazione modificata nel portale");
        assertThat(editor.publish(QuestionnaireReader.FILE, retitled).ok()).isTrue();
        assertThat(questionnaire.current().title().it()).isEqualTo("Autovalutazione modificata nel portale");
        assertThat(editor.source(QuestionnaireReader.FILE)).contains(retitled);
    }

    @Test
    void a_publication_over_one_made_since_the_file_was_opened_is_refused_and_stores_nothing() {
        String opened = editor.versionInUse(FILE);
        String theirs = original().replace("title: Chiarire a che cosa serve lo sportello", "title: La loro versione");
        String mine = original().replace("title: Chiarire a che cosa serve lo sportello", "title: La mia versione");
        assertThat(editor.publish(FILE, theirs, editor.versionInUse(FILE)).ok()).isTrue();
        long versionsBefore = versions.count();

        PathEditorService.Check conflict = editor.publish(FILE, mine, opened);
        assertThat(conflict.ok()).isFalse();
        assertThat(conflict.problems()).extracting(ContentProblem::message).containsExactly(PathEditorService.CONFLICT);
        assertThat(versions.count()).isEqualTo(versionsBefore);
        assertThat(paths.current().step("chiarire-il-servizio").orElseThrow().title().it()).isEqualTo("La loro versione");

        // reopened: the current version is the base, and the publication goes through
        assertThat(editor.publish(FILE, mine, editor.versionInUse(FILE)).ok()).isTrue();
        assertThat(paths.current().step("chiarire-il-servizio").orElseThrow().title().it()).isEqualTo("La mia versione");
    }

    @Test
    void referents_and_help_desk_staff_are_refused_on_the_server() {
        String text = original();
        for (String user : new String[] {TestUsers.REFERENT, TestUsers.HELPDESK}) {
            TestUsers.loginAs(context, user);
            assertThatThrownBy(() -> editor.files()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editor.source(FILE)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editor.validate(FILE, text)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editor.publish(FILE, text)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editor.tryIt(FILE, text, Map.of())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editor.reloadFromFolder(FILE)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> paths.publish(new java.util.TreeMap<>(paths.sourcesInUse()), user)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> questionnaire.publish(text, user)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
