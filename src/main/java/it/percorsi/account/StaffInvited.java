package it.percorsi.account;

public record StaffInvited(String email, Role role, String locale, String invitationLink, String invitedBy) {
}
