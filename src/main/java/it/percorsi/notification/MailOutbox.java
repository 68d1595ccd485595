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
}
