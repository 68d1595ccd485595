package it.percorsi.notification;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due mails. Each due mail is first claimed (in a short transaction) so that no other
 * run sends it again while its SMTP transaction is in progress; it is then sent outside any
 * database transaction, several at a time, so one slow server reply holds only its own mail.
 * A mail is marked SENT only after the SMTP server accepted it (the SMTP timeouts wait as long
 * as RFC 5321 allows for the final reply, so a slow server is not sent a second copy); a failure
 * schedules a retry with exponential back-off and gives up (FAILED, visible to the ADMIN,
 * retryable by hand) after maxAttempts. Without an SMTP host (the demo default) mails simply
 * stay PENDING in the outbox.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxMailRepository repository;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService pool;
    /** Mails this process is sending right now: never claimed twice, even after a claim runs out. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    OutboxSender(OutboxMailRepository repository, ObjectProvider<JavaMailSender> mailSender,
                 MailProperties properties, TransactionTemplate tx, Clock clock) {
        this.repository = repository;
        this.mailSender = mailSender;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
        this.pool = Executors.newFixedThreadPool(Math.max(1, properties.parallelSends()),
                Thread.ofPlatform().name("outbox-sender-", 1).daemon(true).factory());
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    boolean isConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Claims what is due now and starts sending it; does not wait (the scheduler's entry point). */
    List<Future<Boolean>> dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return List.of();
        }
        List<Future<Boolean>> sends = new ArrayList<>();
        for (Long id : claimDue()) {
            sends.add(pool.submit(() -> {
                try {
                    return deliver(sender, id);
                } finally {
                    inFlight.remove(id);
                }
            }));
        }
        return sends;
    }

    /** Sends what is due now and waits for the outcome; returns how many were delivered. */
    int sendDue() {
        int delivered = 0;
        for (Future<Boolean> send : dispatchDue()) {
            try {
                if (Boolean.TRUE.equals(send.get())) {
                    delivered++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return delivered;
            } catch (ExecutionException e) {
                log.warn("Outbox send failed unexpectedly", e.getCause());
            }
        }
        return delivered;
    }

    private List<Long> claimDue() {
        List<Long> due = tx.execute(s -> repository
                .findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(MailStatus.PENDING, clock.instant(),
                        PageRequest.of(0, properties.batchSize()))
                .stream().map(OutboxMail::getId).toList());
        List<Long> claimed = new ArrayList<>();
        for (Long id : due) {
            if (!inFlight.add(id)) {
                continue;
            }
            try {
                Boolean ok = tx.execute(s -> repository.findById(id)
                        .filter(m -> m.getStatus() == MailStatus.PENDING && !m.getNextAttemptAt().isAfter(clock.instant()))
                        .map(m -> {
                            m.claim(clock.instant().plus(properties.claimDuration()));
                            return true;
                        }).orElse(false));
                if (Boolean.TRUE.equals(ok)) {
                    claimed.add(id);
                    continue;
                }
            } catch (OptimisticLockingFailureException someoneElse) {
                // another run claimed it first
            }
            inFlight.remove(id);
        }
        return claimed;
    }

    private boolean deliver(JavaMailSender sender, Long id) {
        OutboxMail mail = tx.execute(s -> repository.findById(id).orElse(null));
        if (mail == null || mail.getStatus() != MailStatus.PENDING) {
            return false;
        }
        try {
            sender.send(message(sender, mail));
        } catch (RuntimeException | MessagingException e) {
            tx.executeWithoutResult(s -> repository.findById(id).ifPresent(m -> failed(m, e)));
            return false;
        }
        tx.executeWithoutResult(s -> repository.findById(id).ifPresent(m -> m.markSent(clock.instant())));
        return true;
    }

    /** multipart/alternative: the text as written, and the same text as HTML with clickable links. */
    private MimeMessage message(JavaMailSender sender, OutboxMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getBody(), MailHtml.of(mail.getSubject(), mail.getBody()));
        if (mail.getReplyTo() != null) {
            helper.setReplyTo(mail.getReplyTo());
        }
        if (mail.getMessageId() != null) {
            // kept by JavaMailSenderImpl when it saves the message; RFC 3834: written by the machine,
            // so auto-responders do not answer (and two of them cannot loop through the help desk)
            message.setHeader("Message-ID", mail.getMessageId());
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
        }
        if (mail.getAttachmentText() != null) {
            helper.addAttachment(mail.getAttachmentName(), new ByteArrayResource(
                    mail.getAttachmentText().getBytes(StandardCharsets.UTF_8)), mail.getAttachmentType() + "; charset=UTF-8");
        }
        return message;
    }

    private void failed(OutboxMail mail, Exception e) {
        int attempt = mail.getAttempts() + 1;
        boolean giveUp = attempt >= properties.maxAttempts();
        Instant next = clock.instant().plus(backoff(attempt));
        mail.markFailedAttempt(e.getMessage(), next, giveUp);
        log.warn("Mail {} to {} not delivered (attempt {}{}): {}", mail.getId(), mail.getRecipient(), attempt,
                giveUp ? ", giving up" : "", e.getMessage());
    }

    Duration backoff(int attempt) {
        Duration d = properties.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return d.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : d;
    }
}
