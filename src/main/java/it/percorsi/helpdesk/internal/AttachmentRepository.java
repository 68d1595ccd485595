package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.AttachmentInfo;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    /** Metadata only: the bytes stay in the database until someone downloads them. */
    @Query("""
            select new it.percorsi.helpdesk.AttachmentInfo(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256,
                a.uploadedBy, a.createdAt)
            from Attachment a where a.ticketId = :ticketId order by a.createdAt, a.id""")
    List<AttachmentInfo> infos(Long ticketId);

    @Query("select coalesce(sum(a.sizeBytes), 0) from Attachment a where a.ticketId = :ticketId")
    long totalBytes(Long ticketId);
}
