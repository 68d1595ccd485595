package it.percorsi.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Realistic Italian help-desk messages, with what must go and what must stay. */
class AnonymiserTest {

    static final List<String> PEOPLE = List.of("Giulia Esposito", "Marco De Luca");
    static final List<String> ADMINISTRATIONS = List.of("Comune di Castelnuovo Berardenga");

    private static String clean(String text) {
        return Anonymiser.anonymise(text, PEOPLE, ADMINISTRATIONS);
    }

    @Test
    void a_referents_question_loses_names_contacts_and_the_administration() {
        String question = """
                Buongiorno, sono Giulia Esposito dell'ufficio tributi del Comune di Castelnuovo Berardenga.
                Abbiamo raccolto 212 questionari tra il 3 e il 28 marzo 2026: bastano per un margine del 5%?
                Potete richiamarmi al 0577 355 512 oppure al cellulare +39 333 123 4567, o scrivere a
                g.esposito@comune.castelnuovo.si.it. Il dirigente, dott. Ferrante, vuole i risultati in giunta.
                Grazie,
                Giulia
                """;
        String out = clean(question);
        assertThat(out).doesNotContain("Giulia", "Esposito", "Castelnuovo", "Berardenga", "0577", "355 512",
                "333", "4567", "g.esposito", "comune.castelnuovo", "Ferrante");
        assertThat(out).contains("[nome]", "[amministrazione]", "[telefono]", "[e-mail]", "dott. [nome]");
        // what makes the question useful stays
        assertThat(out).contains("Abbiamo raccolto 212 questionari tra il 3 e il 28 marzo 2026",
                "bastano per un margine del 5%?", "ufficio tributi");
    }

    @Test
    void staff_answers_lose_signatures_tax_codes_vat_iban_and_ticket_numbers() {
        String answer = """
                Gentile referente,
                con 212 risposte su 3.400 utenti il margine è di circa ±6,5 punti. Per scendere a ±5 ne servono 346.
                Se l'indagine la svolge un fornitore (P.IVA 01234567890, IBAN IT60 X054 2811 1010 0000 0123 456),
                non inviategli il codice fiscale degli utenti come RSSMRA80A01H501U: bastano risposte anonime.
                Vedi anche la richiesta HD-2026-000123.
                Cordiali saluti,
                Marco De Luca
                """;
        String out = clean(answer);
        assertThat(out).doesNotContain("01234567890", "IT60", "RSSMRA80A01H501U", "HD-2026-000123", "Marco", "De Luca");
        assertThat(out).contains("[partita IVA]", "[IBAN]", "[codice fiscale]", "[richiesta]");
        assertThat(out).endsWith("Cordiali saluti,\n[nome]\n");
        assertThat(out).contains("con 212 risposte su 3.400 utenti il margine è di circa ±6,5 punti",
                "Per scendere a ±5 ne servono 346.");
    }

    @Test
    void names_the_portal_does_not_know_are_caught_after_titles_and_introductions() {
        assertThat(clean("Ne ho parlato con la dott.ssa Chiara Mancini e con il sig. Verdi."))
                .isEqualTo("Ne ho parlato con la dott.ssa [nome] e con il sig. [nome].");
        assertThat(clean("Mi chiamo Anna Neri e coordino lo sportello.")).isEqualTo("Mi chiamo [nome] e coordino lo sportello.");
        assertThat(clean("Saluti\nPaolo Gialli")).isEqualTo("Saluti\n[nome]");
    }

    @Test
    void dates_amounts_percentages_and_counts_are_not_phone_numbers() {
        String text = "Il 12/03/2026 alle 10.30 abbiamo speso 1.250 euro; risposte 1.204 su 40.000 (3,0%). Anno 2025.";
        assertThat(clean(text)).isEqualTo(text);
    }

    @Test
    void an_exchange_with_nothing_personal_is_unchanged() {
        String text = "Quante risposte servono per confrontare due anni? Servono almeno 400 risposte per anno.";
        assertThat(clean(text)).isEqualTo(text);
        assertThat(Anonymiser.anonymise(null, PEOPLE, ADMINISTRATIONS)).isEmpty();
    }
}
