package it.percorsi.content;

import java.util.List;

/**
 * A resolved ticket proposed as a FAQ by help-desk staff: its subject, the referent's message, the
 * public answers (never internal notes), and the names to remove (people on the ticket, the
 * administration). The texts are anonymised before they are stored.
 */
public record FaqProposal(Long ticketId, String ticketNumber, String subject, String asked, String answer,
                          List<String> people, List<String> administrations) {

    public FaqProposal {
        people = people == null ? List.of() : List.copyOf(people);
        administrations = administrations == null ? List.of() : List.copyOf(administrations);
    }
}
