package it.percorsi.account;

import java.util.List;

/** Events of the membership flow; the notification feature turns each into mails. */
public final class MembershipEvents {

    private MembershipEvents() {
    }

    /** Who is told of a request: e-mail and language of each approver. */
    public record Recipient(String email, String locale) {
    }

    public record JoinRequested(List<Recipient> approvers, String applicantName, String applicantEmail,
                                String administrationName, String decisionLink) {
    }

    public record JoinDecided(String email, String locale, String administrationName, boolean approved,
                              String loginLink) {
    }

    public record ColleagueInvited(String email, String locale, String administrationName, String invitedBy,
                                   String invitationLink) {
    }
}
