package it.percorsi.notification;

public enum MailStatus {
    PENDING, SENT, FAILED
}
