package it.percorsi.assessment;

import it.percorsi.TestMails;
import it.percorsi.TestUsers;
import it.percorsi.account.AccountService;
import it.percorsi.account.AdministrationType;
import it.percorsi.account.Region;
import it.percorsi.account.RegistrationRequest;
import it.percorsi.account.SizeBand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Referents of fresh administrations (so tests sharing the Spring context never see each other's
 * assessments), colleagues of theirs, and answer sets. The answer sets use the question ids shared by
 * the shipped questionnaire and the fixture library's (answers to questions a questionnaire lacks are
 * not sent), so they serve the service and view tests (fixture library) and the browser journeys (content/).
 */
public final class AssessmentTestSupport {

    public static final String PASSWORD = "una-password-lunga-1";

    /**
     * A beginner at the counter with weak leadership support and a small team (medium resources).
     * On the fixture library: template primo-ascolto-sportello with its four optional steps, 9 steps,
     * 57 hours, 5 weeks (see src/test/resources/fixture-library/README.md).
     */
    public static final Map<String, List<String>> BEGINNER = answers("""
            tipo_amministrazione=COMUNE; tipo_servizio=DEMOGRAFICI; canali=SERVED; utenti_annui=FINO_10000;
            utenti_fragili=ALCUNI; conoscenza_utenti=IDEA; indagini_svolte=MAI; reclami=RACCOLTI;
            incontri_utenti=MAI; progettazione_partecipata=MAI; persone=GRUPPO; budget=PICCOLO; tempo=MEDIO;
            competenze=QUESTIONARI; strumenti_online=SI; dirigenza=INFORMATA; obiettivi=EVALUATION;
            valutatori_civici=NO; pubblicare_impegni=FORSE""");

    /** An experienced administration, online and at the counter, that wants to evaluate with citizens. */
    public static final Map<String, List<String>> EXPERIENCED = answers("""
            tipo_amministrazione=COMUNE; tipo_servizio=DEMOGRAFICI; canali=SERVED,SELF_SERVICE; utenti_annui=FINO_100000;
            utenti_fragili=MOLTI; conoscenza_utenti=DATI; indagini_svolte=REGOLARI;
            metodi_usati=QUESTIONARIO,FOCUS_GROUP,MYSTERY_SHOPPING; reclami=ANALISI; incontri_utenti=ABITUALE;
            analisi_dati=IMPORTANZA; risultati_pubblicati=PUBBLICATI_AZIONI; azioni=PIANO; performance=A_VOLTE;
            progettazione_partecipata=CONSULTATI; persone=GRUPPO; budget=PICCOLO; tempo=LUNGO;
            competenze=STATISTICA,QUESTIONARI; strumenti_online=SI; dirigenza=SOSTIENE; decisioni=SI;
            obiettivi=EVALUATION; valutatori_civici=SI; pubblicare_impegni=SI""");

    private AssessmentTestSupport() {
    }

    public static Map<String, List<String>> answers(String spec) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String part : spec.replace("\n", " ").split(";")) {
            String[] kv = part.strip().split("=");
            answers.put(kv[0], List.of(kv[1].split(",")));
        }
        return answers;
    }

    /** Registers and verifies a referent of a new administration; returns the e-mail. */
    public static String newReferent(ApplicationContext context, String fullName) {
        String email = "ref-" + UUID.randomUUID().toString().substring(0, 8) + "@comune.example.it";
        String ipa = "c_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        register(context, new RegistrationRequest(email, fullName, PASSWORD, PASSWORD, true, null,
                "Comune di Prova " + ipa, AdministrationType.COMUNE, Region.LAZIO, SizeBand.SMALL, ipa, "it"));
        return email;
    }

    /**
     * Adds another referent to the administration of the logged-in referent: they invite the
     * colleague (joining needs consent), who accepts. Leaves the caller logged out.
     */
    public static String colleagueOf(ApplicationContext context, Long administrationId, String fullName) {
        String email = "ref-" + UUID.randomUUID().toString().substring(0, 8) + "@comune.example.it";
        context.getBean(it.percorsi.account.MembershipService.class).inviteColleague(email);
        TestUsers.logout();
        context.getBean(AccountService.class).acceptInvitation(
                TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow()), fullName, PASSWORD, PASSWORD);
        return email;
    }

    private static void register(ApplicationContext context, RegistrationRequest request) {
        TestUsers.logout();
        AccountService accounts = context.getBean(AccountService.class);
        accounts.register(request);
        accounts.verifyEmail(TestMails.tokenIn(TestMails.latestTo(context, request.email()).orElseThrow()));
    }

    /** Answers every section in order as the logged-in referent and completes the assessment. */
    public static AssessmentResult takeAssessment(AssessmentService service, Map<String, List<String>> answers) {
        for (Questionnaire.Section section : service.questionnaire().sections()) {
            Map<String, List<String>> part = new LinkedHashMap<>();
            section.questions().forEach(q -> {
                if (answers.containsKey(q.id())) {
                    part.put(q.id(), answers.get(q.id()));
                }
            });
            service.saveSection(section.id(), part, true);
        }
        return service.complete();
    }
}
