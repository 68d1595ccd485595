package it.percorsi.helpdesk;

/** A file a user uploads with a question or a reply (checked on the server before storing). */
public record NewAttachment(String fileName, byte[] content) {

    public static final int NAME_MAX_LENGTH = 200;
}
