package it.percorsi.path.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.AssessmentTestSupport;
import it.percorsi.base.ui.NotFoundView;
import it.percorsi.home.ui.ReferentHomeView;
import it.percorsi.path.NextStepCard;
import it.percorsi.path.PathService;
import it.percorsi.path.StepStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The path page on the fixture library (src/test/resources/fixture-library): texts and hours are the fixture's. */
@PercorsiTest
@ViewPackages(classes = {PathView.class, ReferentHomeView.class, NotFoundView.class})
class PathViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired AssessmentService assessments;
    @Autowired PathService paths;

    @BeforeEach
    void newReferent() {
        TestUsers.logout();
        TestUsers.loginAs(context, AssessmentTestSupport.newReferent(context, "Nadia Test"));
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    /** The status shown in a step's summary (one read-only piece of markup). */
    private String statusText(String stepId) {
        org.jsoup.nodes.Element status = $(it.percorsi.base.ui.StaticHtml.Part.class).all().stream()
                .map(h -> org.jsoup.Jsoup.parseBodyFragment(h.getInnerHtml()).getElementById("status-" + stepId))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> new AssertionError("no status of " + stepId));
        return status.text();
    }

    private StepPanel panel(PathView view, String stepId) {
        return view.steps.stream().filter(p -> p.step().stepId().equals(stepId)).findFirst().orElseThrow();
    }

    @Test
    void without_an_assessment_the_page_invites_to_take_it_and_the_home_says_so() {
        navigate(PathView.class);
        assertThat($(com.vaadin.flow.component.button.Button.class).id("path-start-assessment").isVisible()).isTrue();
        navigate(ReferentHomeView.class);
        assertThat($(Anchor.class).id("next-step-link").getHref()).isEqualTo("autovalutazione");
        assertThat(it.percorsi.StaticMarkup.get("home-assessment").text()).startsWith("Non avete ancora fatto l'autovalutazione");
        assertThat(it.percorsi.StaticMarkup.find("home-path")).isEmpty();
    }

    @Test
    void the_path_shows_the_steps_in_order_with_status_effort_reasons_and_links() {
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        PathView view = navigate(PathView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).id("path-title").getText()).isEqualTo("Primo ascolto allo sportello");
        assertThat($(Paragraph.class).id("path-because").getElement().getTextRecursively()).isEqualTo("Consigliato perché "
                + "la tua esperienza di ascolto è agli inizi, quindi conviene provare il ciclo intero su un solo sportello.");
        assertThat(view.steps).extracting(p -> p.step().stepId()).startsWith("sostegno-della-dirigenza", "chiarire-il-servizio")
                .hasSize(9);
        assertThat(view.steps.getFirst().isOpened()).isTrue(); // the current step
        assertThat(view.steps.get(1).isOpened()).isFalse();
        assertThat(statusText("osservatori-in-incognito")).isEqualTo("Da fare");
        assertThat(view.progressText.getText()).startsWith("0% completato (passi conclusi: 0 su 9).");
        StepPanel mystery = panel(view, "osservatori-in-incognito");
        // a closed step's content is built when it is opened (issue 14)
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).withId("reasons-osservatori-in-incognito").all()).isEmpty();
        // what the web component announces when it first renders (closed) does not pass the panel's filter
        PathPageActions.openedChanged(mystery, false);
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).withId("reasons-osservatori-in-incognito").all()).isEmpty();
        PathPageActions.openedChanged(view.steps.getFirst(), true); // nor the open step's
        assertThat(view.steps.getFirst().isOpened()).isTrue();
        PathPageActions.openedChanged(mystery, true); // the user opens it
        assertThat(mystery.isOpened()).isTrue();
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("reasons-osservatori-in-incognito").getElement()
                .getTextRecursively()).isEqualTo("Consigliato perché il servizio si svolge allo sportello, dove un osservatore"
                        + " vede quello che un questionario non dice.");
        Anchor guide = $(Anchor.class).id("osservatori-in-incognito-guide-utente-in-incognito");
        // the guide offers the way back to this step
        assertThat(guide.getHref()).isEqualTo("guide/utente-in-incognito?da=percorso/" + mystery.step().id());
        assertThat(guide.getText()).isEqualTo("L'utente in incognito");
        assertThat(mystery.step().effortHours()).isEqualTo(8);
    }

    @Test
    void the_tab_title_names_the_page_and_the_path_in_the_users_language() {
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        navigate(PathView.class);
        String template = $(com.vaadin.flow.component.html.H2.class).id("path-title").getText();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Percorso — " + template + " · Percorsi");

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate(PathView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Path — ").endsWith(" · Percorsi");
        navigate(ReferentHomeView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Home · Percorsi");
    }

    @Test
    void the_path_says_how_many_weeks_it_takes_for_the_time_available_and_which_steps_were_left_out() {
        Map<String, List<String>> oneCounterPerson = new LinkedHashMap<>(AssessmentTestSupport.BEGINNER);
        oneCounterPerson.putAll(Map.of("persone", List.of("NESSUNO"), "budget", List.of("NESSUNO"),
                "competenze", List.of("NESSUNA"), "strumenti_online", List.of("NO"), "tempo", List.of("BREVE")));
        AssessmentTestSupport.takeAssessment(assessments, oneCounterPerson);
        navigate(PathView.class);
        // 3 hours a week, 12 weeks = 36 h: the template's steps alone (40 h) are over, two light additions stay (45 h): 15 weeks
        assertThat($(Paragraph.class).id("path-duration").getText()).isEqualTo(
                "Con circa 3 ore a settimana il percorso richiede circa 15 settimane; il tempo che ti sei dato è di 12 settimane.");
        assertThat($(Paragraph.class).id("path-over-budget").getText()).startsWith("Il percorso supera il tempo");
        org.jsoup.nodes.Element leftOut = it.percorsi.StaticMarkup.get("path-left-out");
        assertThat(leftOut.selectFirst("vaadin-details-summary").text()).isEqualTo("Passi lasciati fuori (1)");
        assertThat(leftOut.text())
                .contains("Misurare i tempi di attesa allo sportello: per le risorse, perché con risorse scarse conviene"
                        + " aggiungere al massimo due passi.");
    }

    @Test
    void a_path_that_fits_the_time_shows_no_warning_and_no_left_out_steps() {
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        navigate(PathView.class);
        assertThat($(Paragraph.class).id("path-duration").getText()).isEqualTo(
                "Con circa 12 ore a settimana il percorso richiede circa 5 settimane; il tempo che ti sei dato è di 26 settimane.");
        assertThat($(Paragraph.class).withId("path-over-budget").exists()).isFalse();
        assertThat(it.percorsi.StaticMarkup.find("path-left-out")).isEmpty();
    }

    @Test
    void marking_a_step_done_answering_checks_and_notes_update_the_page_and_the_history() {
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        PathView view = navigate(PathView.class);
        PathPageActions.openedChanged(panel(view, "osservatori-in-incognito"), true); // the user opens a later step
        test(panel(view, "sostegno-della-dirigenza").done).click();
        assertThat(panel(view, "osservatori-in-incognito").isOpened()).as("a panel the user opened stays open").isTrue();
        assertThat(statusText("sostegno-della-dirigenza")).isEqualTo("Fatto");
        assertThat(view.progressText.getText()).startsWith("11% completato (passi conclusi: 1 su 9).");
        assertThat(view.steps.get(1).isOpened()).isTrue(); // the next step becomes the current one

        StepPanel second = panel(view, "chiarire-il-servizio");
        PathPageActions.tick(PathPageActions.requireCheck("chiarire-il-servizio-check-ruolo"), true);
        second = panel(view, "chiarire-il-servizio");
        second.notes.setValue("Primo incontro fissato");
        test(second.saveNotes).click();
        assertThat(second.notesSaved.getText()).isEqualTo("Note salvate.");
        assertThat(second.notesSaved.getElement().getAttribute("role")).isEqualTo("status");
        var step = paths.currentPath().orElseThrow().steps().get(1);
        assertThat(step.notes()).isEqualTo("Primo incontro fissato");
        assertThat(step.checks().getFirst().done()).isTrue();
        assertThat(PathPageActions.requireCheck("chiarire-il-servizio-check-ruolo").input().hasAttribute("checked")).isTrue();
        assertThat(PathPageActions.requireCheck("chiarire-il-servizio-check-leve").input().hasAttribute("checked")).isFalse();
        assertThat(view.describe(paths.history(10).get(2))).isEqualTo("Stato: Fatto");
    }

    @Test
    void skipping_without_a_reason_shows_a_message_and_with_a_reason_shows_it() {
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        PathView view = navigate(PathView.class);
        StepPanel first = view.steps.getFirst();
        test(first.skip).click();
        assertThat(first.skipReason.isVisible()).isTrue();
        test($(com.vaadin.flow.component.button.Button.class).id("confirm-skip-sostegno-della-dirigenza")).click();
        assertThat(first.skipReason.isInvalid()).isTrue();
        assertThat(first.skipReason.getErrorMessage()).isEqualTo("Scrivete perché saltate questo passo.");
        first.skipReason.setValue("Il sindaco ci sostiene già");
        test($(com.vaadin.flow.component.button.Button.class).id("confirm-skip-sostegno-della-dirigenza")).click();
        assertThat($(Paragraph.class).id("skipped-sostegno-della-dirigenza").getText())
                .isEqualTo("Saltato perché: Il sindaco ci sostiene già");
        assertThat(paths.currentPath().orElseThrow().steps().getFirst().status()).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void the_home_shows_the_current_step_with_a_link_to_it() {
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        navigate(ReferentHomeView.class);
        assertThat($(NextStepCard.class).single()).isNotNull();
        assertThat($(Paragraph.class).id("next-step-title").getElement().getTextRecursively()).isEqualTo("Convincere la dirigenza a sostenere l'ascolto (Da fare)");
        Long id = paths.currentPath().orElseThrow().steps().getFirst().id();
        assertThat($(Anchor.class).id("next-step-link").getHref()).isEqualTo("percorso/" + id);
        // where the administration stands: the assessment and the path's progress, each with a link
        assertThat(it.percorsi.StaticMarkup.get("home-assessment").text()).startsWith("Ultima autovalutazione completata il");
        assertThat(it.percorsi.StaticMarkup.get("home-path").text()).startsWith("Percorso completato al 0% (0 passi conclusi su 9).");
        PathView view = navigate("percorso/" + id, PathView.class);
        assertThat(view.steps.getFirst().isOpened()).isTrue();
    }

    @Test
    void a_step_of_another_administration_and_a_missing_step_get_the_same_not_found_page() {
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        Long id = paths.currentPath().orElseThrow().steps().getFirst().id();
        TestUsers.loginAs(context, TestUsers.OTHER_REFERENT);
        UI.getCurrent().navigate("percorso/" + id);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).id("not-found").getText()).isEqualTo("Pagina non trovata");
        UI.getCurrent().navigate("percorso/987654321");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void the_history_is_paged_so_older_changes_stay_reachable() {
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        Long first = paths.currentPath().orElseThrow().steps().getFirst().id();
        long version = paths.currentPath().orElseThrow().steps().getFirst().version();
        for (int i = 0; i < PathView.HISTORY_PAGE; i++) {
            version = paths.saveNotes(first, version, "nota " + i).version();
        }
        int total = paths.history(500).size();
        PathView view = navigate(PathView.class);
        assertThat(it.percorsi.StaticMarkup.get("path-history").select("tbody tr")).hasSize(PathView.HISTORY_PAGE);
        assertThat(it.percorsi.StaticMarkup.get("path-history").select("thead th")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("Quando", "Chi", "Passo", "Che cosa");
        assertThat(it.percorsi.StaticMarkup.get("path-history").select("tbody tr").getFirst().text()).contains("Note modificate");
        assertThat($(com.vaadin.flow.component.button.Button.class).id("history-newer").isEnabled()).isFalse();
        test($(com.vaadin.flow.component.button.Button.class).id("history-older")).click();
        assertThat(it.percorsi.StaticMarkup.get("path-history").select("tbody tr")).hasSize(total - PathView.HISTORY_PAGE);
        assertThat($(Span.class).id("history-page").getText()).isEqualTo("Pagina 2");
        assertThat($(com.vaadin.flow.component.button.Button.class).id("history-older").isEnabled()).isFalse();
        assertThat(view.historyPage).isEqualTo(1);
    }

    @Test
    void saving_notes_from_a_stale_page_shows_the_other_version_and_keeps_what_was_typed() {
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        PathView view = navigate(PathView.class);
        StepPanel mine = panel(view, "sostegno-della-dirigenza");

        // a colleague saves the same step meanwhile
        var me = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        Long administrationId = context.getBean(it.percorsi.account.AccountService.class).myAdministration().id();
        String colleague = AssessmentTestSupport.colleagueOf(context, administrationId, "Collega Veloce");
        TestUsers.loginAs(context, colleague);
        var step = paths.currentPath().orElseThrow().steps().getFirst();
        paths.saveNotes(step.id(), step.version(), "Nota del collega");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(me);
        TestUsers.loginAs(context, me.getName());

        mine.notes.setValue("La mia nota, scritta sulla pagina vecchia");
        test(mine.saveNotes).click();

        StepPanel fresh = panel(view, "sostegno-della-dirigenza");
        assertThat(fresh.conflict.isVisible()).isTrue();
        assertThat(fresh.conflict.getElement().getTextRecursively()).contains("Collega Veloce", "Nota del collega");
        assertThat(fresh.notes.getValue()).isEqualTo("La mia nota, scritta sulla pagina vecchia");
        assertThat(paths.currentPath().orElseThrow().steps().getFirst().notes()).isEqualTo("Nota del collega");

        // saving again, now knowingly, replaces the colleague's text
        test(fresh.saveNotes).click();
        assertThat(paths.currentPath().orElseThrow().steps().getFirst().notes())
                .isEqualTo("La mia nota, scritta sulla pagina vecchia");
    }
}
