package it.percorsi.helpdesk.ui;

import it.percorsi.helpdesk.AttachmentDownload;
import it.percorsi.helpdesk.AttachmentService;
import it.percorsi.helpdesk.TicketNotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attachment downloads: always "attachment" (never rendered inline by the browser), with
 * nosniff, for the ticket's administration and staff only; anyone else gets 404, like a missing id.
 */
@RestController
class AttachmentController {

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping(AttachmentRoutes.DOWNLOAD + "{id}")
    ResponseEntity<byte[]> download(@PathVariable Long id) {
        AttachmentDownload file;
        try {
            file = attachments.download(id);
        } catch (TicketNotFound | AccessDeniedException e) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }
}
