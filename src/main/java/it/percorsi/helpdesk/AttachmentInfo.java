package it.percorsi.helpdesk;

import java.time.Instant;

public record AttachmentInfo(Long id, String fileName, String mediaType, long sizeBytes, String sha256,
                             String uploadedBy, Instant createdAt) {
}
