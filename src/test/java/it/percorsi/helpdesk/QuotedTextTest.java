package it.percorsi.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.helpdesk.internal.QuotedText;
import org.junit.jupiter.api.Test;

/** Quoted history and signatures of the common Italian and English clients are trimmed; the writer's words stay. */
class QuotedTextTest {

    @Test
    void gmail_italian_attribution_wrapped_over_two_lines() {
        assertThat(QuotedText.trim("""
                Va bene, grazie.

                Il giorno gio 3 dic 2026 alle ore 10:15 Help desk Percorsi <
                assistenza@percorsi.it> ha scritto:

                > Potete inviarci il file?
                """)).isEqualTo("Va bene, grazie.");
    }

    @Test
    void thunderbird_and_english_attributions() {
        assertThat(QuotedText.trim("Ok.\n\nIl 03/12/2026 10:15, Mario Rossi ha scritto:\n> prima\n")).isEqualTo("Ok.");
        assertThat(QuotedText.trim("Fine.\n\nOn Thu, 3 Dec 2026 at 10:15, Help desk <a@b.it> wrote:\n> before\n"))
                .isEqualTo("Fine.");
    }

    @Test
    void outlook_original_message_and_header_blocks() {
        assertThat(QuotedText.trim("Sì.\n\n-----Messaggio originale-----\nDa: Percorsi\nInviato: giovedì\n"))
                .isEqualTo("Sì.");
        assertThat(QuotedText.trim("Yes.\n\n-----Original Message-----\nFrom: x\n")).isEqualTo("Yes.");
        assertThat(QuotedText.trim("Certo.\n\n________________________________\nDa: Percorsi <a@b.it>\nInviato: 3 dicembre\n"))
                .isEqualTo("Certo.");
        assertThat(QuotedText.trim("Certo.\n\nDa: Percorsi <a@b.it>\nInviato: giovedì 3 dicembre 2026 10:15\nA: Rossi\n"))
                .isEqualTo("Certo.");
    }

    @Test
    void signatures_mobile_footers_and_quoted_lines() {
        assertThat(QuotedText.trim("Arrivo.\n\n-- \nMario Rossi\nUfficio qualità")).isEqualTo("Arrivo.");
        assertThat(QuotedText.trim("Arrivo.\n\nInviato da iPhone")).isEqualTo("Arrivo.");
        assertThat(QuotedText.trim("Arrivo.\n\nSent from my iPhone")).isEqualTo("Arrivo.");
        assertThat(QuotedText.trim("Sopra.\n> citato\nSotto.")).isEqualTo("Sopra.\nSotto.");
    }

    @Test
    void the_writer_s_own_words_are_never_taken_for_a_quote() {
        String text = "Il dirigente ha scritto:\nserve il report entro venerdì.";
        assertThat(QuotedText.trim(text)).isEqualTo(text);
        // a reply that is only quoted lines keeps everything rather than nothing
        assertThat(QuotedText.trim("> solo citazione")).isEqualTo("> solo citazione");
    }
}
