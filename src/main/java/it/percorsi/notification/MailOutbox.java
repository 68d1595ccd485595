package it.percorsi.notification;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes mails to the outbox; must run inside the caller's transaction so nothing is lost. */
@Service
public class MailOutbox {

    private final OutboxMailRepository repository;
    private final Clock clock;

    MailOutbox(OutboxMailRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipient, String subject, String body) {
        repository.save(new OutboxMail(recipient, subject, body, clock.instant()));
    }

    /** A mail with one text attachment, e.g. an iCalendar invitation ("invito.ics", "text/calendar; method=REQUEST"). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipient, String subject, String body, String attachmentName, String attachmentType,
                        String attachmentText) {
        repository.save(new OutboxMail(recipient, subject, body, clock.instant())
                .withAttachment(attachmentName, attachmentType, attachmentText));
    }
}
