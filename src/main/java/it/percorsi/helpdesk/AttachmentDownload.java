package it.percorsi.helpdesk;

/** What a download serves: always as an attachment, with the type detected at upload. */
public record AttachmentDownload(String fileName, String mediaType, byte[] content) {
}
