package it.percorsi.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due mails one at a time, each in its own transaction: a mail is marked SENT only
 * after the SMTP server accepted it; a failure schedules a retry with exponential back-off and
 * gives up (FAILED, visible to the ADMIN, retryable by hand) after maxAttempts.
 * Without an SMTP host (the demo default) mails simply stay PENDING in the outbox.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxMailRepository repository;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    OutboxSender(OutboxMailRepository repository, ObjectProvider<JavaMailSender> mailSender,
                 MailProperties properties, TransactionTemplate tx, Clock clock) {
        this.repository = repository;
        this.mailSender = mailSender;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    boolean isConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sends what is due now; returns how many were delivered. Synchronized: one run at a time. */
    synchronized int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Long> due = tx.execute(s -> repository
                .findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(MailStatus.PENDING, clock.instant(),
                        PageRequest.of(0, properties.batchSize()))
                .stream().map(OutboxMail::getId).toList());
        int delivered = 0;
        for (Long id : due) {
            if (Boolean.TRUE.equals(tx.execute(s -> deliver(sender, id)))) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(JavaMailSender sender, Long id) {
        OutboxMail mail = repository.findById(id).orElse(null);
        if (mail == null || mail.getStatus() != MailStatus.PENDING) {
            return false;
        }
        try {
            if (mail.getAttachmentText() != null) {
                sender.send(withAttachment(sender, mail));
            } else {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.from());
                message.setTo(mail.getRecipient());
                message.setSubject(mail.getSubject());
                message.setText(mail.getBody());
                sender.send(message);
            }
            mail.markSent(clock.instant());
            return true;
        } catch (RuntimeException e) {
            int attempt = mail.getAttempts() + 1;
            boolean giveUp = attempt >= properties.maxAttempts();
            Instant next = clock.instant().plus(backoff(attempt));
            mail.markFailedAttempt(e.getMessage(), next, giveUp);
            log.warn("Mail {} to {} not delivered (attempt {}{}): {}", id, mail.getRecipient(), attempt,
                    giveUp ? ", giving up" : "", e.getMessage());
            return false;
        }
    }

    private jakarta.mail.internet.MimeMessage withAttachment(JavaMailSender sender, OutboxMail mail) {
        try {
            jakarta.mail.internet.MimeMessage message = sender.createMimeMessage();
            org.springframework.mail.javamail.MimeMessageHelper helper =
                    new org.springframework.mail.javamail.MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(mail.getRecipient());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody());
            helper.addAttachment(mail.getAttachmentName(), new org.springframework.core.io.ByteArrayResource(
                    mail.getAttachmentText().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    mail.getAttachmentType() + "; charset=UTF-8");
            return message;
        } catch (jakarta.mail.MessagingException e) {
            throw new org.springframework.mail.MailPreparationException(e.getMessage(), e);
        }
    }

    Duration backoff(int attempt) {
        Duration d = properties.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return d.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : d;
    }
}
