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

    /**
     * A help-desk mail with its threading headers (DD009): its own Message-ID and, when replies by
     * e-mail are on, a Reply-To carrying the reply token. Help-desk mails are marked as written by
     * the machine (Auto-Submitted), so auto-responders do not answer them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueThreaded(String recipient, String subject, String body, String messageId, String replyTo) {
        repository.save(new OutboxMail(recipient, subject, body, clock.instant()).withThreading(messageId, replyTo));
    }

    /** As {@link #enqueueThreaded(String, String, String, String, String)}, with one text attachment. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueThreaded(String recipient, String subject, String body, String attachmentName,
                                String attachmentType, String attachmentText, String messageId, String replyTo) {
        repository.save(new OutboxMail(recipient, subject, body, clock.instant())
                .withAttachment(attachmentName, attachmentType, attachmentText).withThreading(messageId, replyTo));
    }

    /** A mail with one text attachment, e.g. an iCalendar invitation ("invito.ics", "text/calendar; method=REQUEST"). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipient, String subject, String body, String attachmentName, String attachmentType,
                        String attachmentText) {
        repository.save(new OutboxMail(recipient, subject, body, clock.instant())
                .withAttachment(attachmentName, attachmentType, attachmentText));
    }
}
