package it.percorsi.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the ADMIN sees of the outbox. */
@Service
public class OutboxService {

    private final OutboxMailRepository repository;
    private final OutboxSender sender;
    private final Clock clock;

    OutboxService(OutboxMailRepository repository, OutboxSender sender, Clock clock) {
        this.repository = repository;
        this.sender = sender;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OutboxEntry> list(MailStatus status, int limit) {
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, 500)));
        return (status == null ? repository.findAllByOrderByCreatedAtDescIdDesc(page)
                : repository.findByStatusOrderByCreatedAtDescIdDesc(status, page))
                .stream().map(OutboxEntry::of).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(MailStatus status) {
        return repository.countByStatus(status);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public boolean smtpConfigured() {
        return sender.isConfigured();
    }

    /** Puts a failed mail back in the queue for immediate delivery. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void retry(Long id) {
        OutboxMail mail = repository.findById(id).orElseThrow();
        if (mail.getStatus() == MailStatus.FAILED) {
            mail.retry(clock.instant());
        }
    }
}
