package it.percorsi.account;

public record UserSummary(Long id, String email, String fullName, Role role, AccountStatus status,
                          String administrationName) {
}
