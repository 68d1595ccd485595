package it.percorsi.helpdesk.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file of a ticket, stored in the database (so a second application node sees it too) with
 * its SHA-256 checksum.
 */
@Entity
@Table(name = "hd_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long ticketId;
    private Long messageId;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private String uploadedBy;
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(Long ticketId, Long messageId, String fileName, String mediaType, byte[] content, String sha256,
                      String uploadedBy, Instant createdAt) {
        this.ticketId = ticketId;
        this.messageId = messageId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getTicketId() { return ticketId; }
    public Long getMessageId() { return messageId; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getCreatedAt() { return createdAt; }
}
