package it.percorsi.helpdesk;

import it.percorsi.base.FieldErrors;
import it.percorsi.helpdesk.internal.Attachment;
import it.percorsi.helpdesk.internal.AttachmentRepository;
import it.percorsi.helpdesk.internal.FileTypes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of tickets: type allow-list from the bytes, limits per file and per ticket, all
 * checked before anything is stored; downloads only for the ticket's administration and staff.
 */
@Service
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final HelpdeskProperties properties;
    private final TicketAccess access;

    AttachmentService(AttachmentRepository attachments, HelpdeskProperties properties, TicketAccess access) {
        this.attachments = attachments;
        this.properties = properties;
        this.access = access;
    }

    public long maxFileBytes() {
        return properties.maxFileBytes();
    }

    public long maxTicketBytes() {
        return properties.maxTicketBytes();
    }

    /** Checks every file (field "attachments"); {@code alreadyStored} bytes count toward the ticket's limit. */
    void check(FieldErrors.Builder errors, List<NewAttachment> files, long alreadyStored) {
        if (files == null || files.isEmpty()) {
            return;
        }
        long total = alreadyStored;
        for (NewAttachment f : files) {
            if (f.content() == null || f.content().length == 0) {
                errors.add("attachments", "hd.attachment.error.empty");
                return;
            }
            if (f.content().length > properties.maxFileBytes()) {
                errors.add("attachments", "hd.attachment.error.fileTooLarge");
                return;
            }
            if (f.fileName() == null || f.fileName().isBlank() || f.fileName().length() > NewAttachment.NAME_MAX_LENGTH) {
                errors.add("attachments", "hd.attachment.error.name");
                return;
            }
            String type = FileTypes.detect(f.content(), f.fileName());
            if (FileTypes.isMarkup(type)) {
                errors.add("attachments", "hd.attachment.error.markup");
                return;
            }
            if (FileTypes.allowed(f.content(), f.fileName()).isEmpty()) {
                errors.add("attachments", "hd.attachment.error.type");
                return;
            }
            total += f.content().length;
        }
        if (total > properties.maxTicketBytes()) {
            errors.add("attachments", "hd.attachment.error.ticketTooLarge");
        }
    }

    void store(Long ticketId, Long messageId, List<NewAttachment> files, String by, Instant now) {
        if (files == null) {
            return;
        }
        for (NewAttachment f : files) {
            String type = FileTypes.allowed(f.content(), f.fileName()).orElseThrow();
            attachments.save(new Attachment(ticketId, messageId, safeName(f.fileName()), type, f.content(),
                    sha256(f.content()), by, now));
        }
    }

    long totalBytes(Long ticketId) {
        return attachments.totalBytes(ticketId);
    }

    List<AttachmentInfo> list(Long ticketId) {
        return attachments.infos(ticketId);
    }

    /** The file, if the caller may see its ticket; another administration's file is "not found". */
    @PreAuthorize(TicketService.TICKET_ROLES)
    @Transactional(readOnly = true)
    public AttachmentDownload download(Long attachmentId) {
        Attachment a = attachments.findById(attachmentId).orElseThrow(TicketNotFound::new);
        access.load(a.getTicketId());
        return new AttachmentDownload(a.getFileName(), a.getMediaType(), a.getContent());
    }

    /** The name without any path, control or quoting characters (it goes into a header). */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String clean = base.replaceAll("[\\p{Cntrl}\"]", "_").strip();
        return clean.isEmpty() ? "file" : clean;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
