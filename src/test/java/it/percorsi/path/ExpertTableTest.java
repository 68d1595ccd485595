package it.percorsi.path;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.assessment.AnswersReader;
import it.percorsi.assessment.Profile;
import it.percorsi.assessment.Questionnaire;
import it.percorsi.assessment.Scoring;
import it.percorsi.assessment.ShippedContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expert table: realistic Italian administrations (answers files in src/test/resources/expert)
 * and what an experienced customer-satisfaction consultant would sign for each: the template, the
 * steps that must and must not appear, the steps left out and why, and a one-line rationale. It
 * deliberately reads the shipped questionnaire and paths: it is the review of the shipped rules.
 */
class ExpertTableTest {

    static Questionnaire questionnaire;
    static PathLibrary library;

    @BeforeAll
    static void load() {
        questionnaire = ShippedContent.questionnaire();
        library = ShippedLibrary.load();
    }

    static Profile profile(String file) throws IOException {
        Path path = Path.of("src/test/resources/expert", file + ".yaml");
        var read = AnswersReader.parse(path.toString(), Files.readString(path), questionnaire);
        assertThat(read.problems()).as(file).isEmpty();
        return Scoring.profile(questionnaire, read.answers().orElseThrow());
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.strip().split("\\s+")).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}: {6}")
    @CsvSource(delimiter = '|', textBlock = """
            piccolo-comune-anagrafe                | primo-percorso            | censimento-raccolta sostegno-dirigenza feedback-emoticon | campione-raccolta mystery-shopping interviste-uscita audit-civico-sanita | tempi-di-attesa:RESOURCES | one person, no budget, under 1,000 users: census, light feedback, no mystery shopping
            unione-comuni-suap                     | primo-percorso            | campione-raccolta feedback-online web-analytics test-usabilita indagine-intermediari | partenariato-intermediari mystery-shopping censimento-raccolta | '' | a first survey for a union's one-stop shop, listening online and to the accountants who file for firms
            unione-comuni-polizia-locale           | valutazione-partecipativa | vp-mappare-stakeholder vp-usare-risultati tempi-di-attesa | mystery-shopping audit-civico-sanita | '' | expert and willing: the seven steps with citizens, waiting times measured after them
            grande-citta-welfare-accesso           | riprogettare-accesso      | acc-processo-previsto-vissuto acc-ascoltare-esclusi acc-journey-map acc-blueprint acc-coprogettare-personale acc-pilota interviste-uscita web-analytics | campione-raccolta valutazione-accesso analisi-risultati | '' | goal access: planned vs lived process and the excluded, not a survey of those who already reached the counter
            piccolo-comune-accesso-principiante    | riprogettare-accesso      | sostegno-dirigenza acc-processo-previsto-vissuto acc-ascoltare-esclusi acc-pilota tempi-di-attesa | mystery-shopping campione-raccolta | interviste-uscita:RESOURCES | a beginner whose goal is access reaches the access path, trimmed to its resources
            grande-comune-anagrafe-esperto         | consolidamento            | ascolto-multicanale interviste-uscita mystery-shopping web-analytics test-usabilita collegamento-piao | reclami-come-dati feedback-emoticon | reclami-come-dati:ALREADY_DONE | complaints are already analysed: that step is left out as done; a large counter gets the full channel toolbox
            comune-tributi-tempo-breve             | primo-percorso            | campione-raccolta tempi-di-attesa feedback-online | test-usabilita web-analytics mystery-shopping | mystery-shopping:RESOURCES test-usabilita:TIME_BUDGET web-analytics:TIME_BUDGET | one person for under three months: 72 hours, the optional steps that do not fit are left out
            comune-biblioteca-ideazione            | co-progettazione          | personas journey-map workshop-co-creazione prototipo-pilota audit-civico tempi-di-attesa | campione-raccolta | mystery-shopping:RESOURCES test-usabilita:RESOURCES | consolidated experience and goal ideation: redesign the library with readers, civic audit as they are willing
            comune-sociali-ideazione-principiante  | primo-percorso            | campione-raccolta indagine-intermediari tempi-di-attesa | personas workshop-co-creazione partenariato-intermediari | '' | a beginner who wants to co-design first completes one listening cycle
            regione-bandi-online                   | consolidamento            | ascolto-multicanale feedback-online web-analytics test-usabilita collegamento-piao | tempi-di-attesa mystery-shopping interviste-uscita vp-mappare-stakeholder | '' | online-only calls for funding: online listening and the PIAO, no counter methods, no citizen evaluators
            regione-valutazione-partecipativa      | valutazione-partecipativa | vp-mappare-stakeholder vp-valutare vp-usare-risultati tempi-di-attesa feedback-online | mystery-shopping audit-civico-sanita | '' | a region with citizen evaluators: the seven 2019 steps unbroken, channel steps after the seventh
            asl-cup-prenotazioni                   | primo-percorso            | audit-civico-sanita campione-raccolta tempi-di-attesa feedback-online | collegamento-piao vp-mappare-stakeholder | mystery-shopping:RESOURCES test-usabilita:RESOURCES | a health booking centre willing to involve citizens: civic audit, the method born for health services
            asl-senza-valutatori                   | consolidamento            | tempi-di-attesa interviste-uscita reclami-come-dati collegamento-piao | audit-civico-sanita audit-civico vp-mappare-stakeholder | '' | a health agency with no citizen evaluators never gets a civic audit
            asl-valutazione-e-accesso              | valutazione-partecipativa | valutazione-accesso vp-mappare-stakeholder vp-usare-risultati tempi-di-attesa | audit-civico-sanita mystery-shopping | '' | evaluation with citizens and access: access is assessed before the seven steps, never between them
            ospedale-coprogettazione               | co-progettazione          | personas blueprint workshop-co-creazione audit-civico co-valutazione-performance mystery-shopping interviste-uscita | audit-civico-sanita co-produzione | '' | an expert hospital redesigning the emergency pathway with patients and staff
            ospedale-coproduzione-senza-valutatori | co-progettazione          | co-produzione workshop-co-creazione prototipo-pilota | audit-civico audit-civico-sanita | '' | co-production with carers is the goal; no citizen evaluators, so no civic audit
            scuola-segreteria                      | consolidamento            | ascolto-multicanale tempi-di-attesa standard-carta feedback-online | collegamento-piao mystery-shopping | test-usabilita:RESOURCES | a school: no PIAO step, and no mystery shopping for under 1,000 families
            scuola-coproduzione                    | co-progettazione          | co-produzione audit-civico web-analytics | co-valutazione-performance tempi-di-attesa | '' | a school producing services with students and families; the performance-cycle step does not apply to schools
            universita-segreteria-accesso          | riprogettare-accesso      | acc-processo-previsto-vissuto acc-journey-map interviste-uscita feedback-online | valutazione-accesso campione-raccolta | mystery-shopping:RESOURCES test-usabilita:RESOURCES | a student office whose first goal is access starts from how students reach it
            universita-diritto-studio-ideazione    | co-progettazione          | personas journey-map workshop-co-creazione co-valutazione-performance | audit-civico | mystery-shopping:RESOURCES test-usabilita:RESOURCES | consolidated experience, goal ideation, medium resources: co-design, no civic audit without evaluators
            ente-previdenziale-esperto             | consolidamento            | partenariato-intermediari indagine-intermediari mystery-shopping interviste-uscita feedback-online standard-carta | reclami-come-dati importanza-soddisfazione collegamento-piao | reclami-come-dati:ALREADY_DONE importanza-soddisfazione:ALREADY_DONE collegamento-piao:ALREADY_DONE | a national social-security body that already does complaints, importance analysis and the PIAO link: those steps are done, the intermediaries become partners
            ente-previdenziale-patronati           | primo-percorso            | indagine-intermediari feedback-emoticon campione-raccolta | partenariato-intermediari mystery-shopping tempi-di-attesa | '' | a local office working through patronati: listen to the intermediaries first
            camera-commercio-registro              | consolidamento            | partenariato-intermediari indagine-intermediari feedback-online web-analytics | personas tempi-di-attesa | test-usabilita:RESOURCES | a chamber of commerce whose users come through professionals: partnership with them
            ministero-urp                          | primo-percorso            | sostegno-dirigenza feedback-emoticon campione-raccolta tempi-di-attesa | collegamento-piao | mystery-shopping:RESOURCES test-usabilita:RESOURCES web-analytics:RESOURCES | a ministry office with indifferent leadership: win its support first
            agenzia-servizi-online-accesso         | riprogettare-accesso      | acc-processo-previsto-vissuto web-analytics feedback-online test-usabilita | tempi-di-attesa interviste-uscita mystery-shopping | '' | an online-only agency improving access: analytics and usability, no counter methods
            citta-metropolitana-mobilita           | co-progettazione          | personas workshop-co-creazione web-analytics test-usabilita co-valutazione-performance | audit-civico tempi-di-attesa co-produzione | '' | an expert metropolitan city deciding mobility priorities with citizens online
            comune-tributi-coproduzione            | co-progettazione          | co-produzione partenariato-intermediari indagine-intermediari audit-civico mystery-shopping web-analytics | campione-raccolta | '' | large city taxes on every channel, co-production with CAF and citizens
            provincia-edilizia-scolastica          | primo-percorso            | sostegno-dirigenza feedback-emoticon campione-raccolta | mystery-shopping | tempi-di-attesa:RESOURCES | one person for under three months and weak leadership: the core cycle, two light additions
            """)
    void an_expert_signs_the_recommended_path(String file, String template, String must, String mustNot, String leftOut,
                                              String rationale) throws IOException {
        Profile profile = profile(file);
        Recommendation rec = RecommendationEngine.recommend(library, profile);
        assertThat(rec.templateId()).as(rationale).isEqualTo(template);
        assertThat(rec.stepIds()).as(rationale).containsAll(split(must)).doesNotContainAnyElementsOf(split(mustNot));
        assertThat(rec.leftOut()).as(rationale).extracting(l -> l.stepId() + ":" + l.why())
                .containsExactlyInAnyOrderElementsOf(split(leftOut));
        principles(profile, rec);
    }

    /** What must hold for every profile, whatever the table says. */
    private static void principles(Profile profile, Recommendation rec) {
        List<String> ids = rec.stepIds();
        assertThat(rec.steps()).allSatisfy(s -> assertThat(s.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank()));
        assertThat(rec.leftOut()).allSatisfy(l -> assertThat(l.reason()).isNotBlank());
        // the steps of a template kept together are consecutive, in their order
        PathTemplate t = library.template(rec.templateId()).orElseThrow();
        if (t.keepsTogether()) {
            List<String> own = t.steps().stream().map(StepDefinition::id).toList();
            int first = ids.indexOf(own.getFirst());
            assertThat(ids.subList(first, first + own.size())).isEqualTo(own);
        }
        if (profile.values("citizenEvaluators").contains("NO")) {
            assertThat(ids).doesNotContain("audit-civico", "audit-civico-sanita");
        }
        if (profile.values("administrationType").contains("SCUOLA")) {
            assertThat(ids).doesNotContain("collegamento-piao", "co-valutazione-performance");
        }
        if (profile.values("resources").contains("LOW") || profile.values("usersReached").contains("FINO_1000")) {
            assertThat(ids).doesNotContain("mystery-shopping");
        }
        if (profile.values("usersReached").contains("FINO_1000") && ids.contains("analisi-risultati")) {
            assertThat(ids).contains("censimento-raccolta").doesNotContain("campione-raccolta");
        }
        if (!profile.values("channels").contains("SERVED")) {
            assertThat(ids).doesNotContain("mystery-shopping", "tempi-di-attesa", "interviste-uscita");
        }
        if (!profile.values("channels").contains("SELF_SERVICE")) {
            assertThat(ids).doesNotContain("feedback-online", "web-analytics", "test-usabilita");
        }
        if (profile.values("goals").contains("PRODUCTION")) {
            assertThat(ids).contains("co-produzione");
        }
        // the same step never appears twice
        assertThat(ids).doesNotHaveDuplicates();
    }
}
