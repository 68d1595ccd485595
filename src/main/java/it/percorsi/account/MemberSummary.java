package it.percorsi.account;

/** A colleague in the same administration, as a referent sees them. */
public record MemberSummary(Long id, String email, String fullName, AccountStatus status) {
}
