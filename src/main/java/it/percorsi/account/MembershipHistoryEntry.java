package it.percorsi.account;

import java.time.Instant;

public record MembershipHistoryEntry(MembershipChange kind, String memberEmail, String memberName, String actorName,
                                     Instant occurredAt) {
}
