package it.percorsi.account;

import java.time.Instant;

/** A verified account waiting for consent to join an administration. */
public record JoinRequest(Long userId, String email, String fullName, Long administrationId, String administrationName,
                          Instant requestedAt) {
}
