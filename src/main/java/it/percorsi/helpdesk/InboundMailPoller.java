package it.percorsi.helpdesk;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import org.eclipse.angus.mail.imap.IMAPFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the help desk's mailbox over IMAP (DD009): every unread message is processed in a
 * transaction that also stores its receipt, and only after that commit is it marked read (a batch
 * is fetched in one round trip and marked read in one). A crash
 * before the commit leaves it unread and unprocessed (the next run takes it); a crash after the
 * commit leaves it unread but receipted (the next run only marks it). Messages are fetched with
 * BODY.PEEK so reading them never marks them read by itself. Without a configured host nothing
 * runs. A message whose processing fails with an error is left unread and tried again next time.
 * A scheduled entry point without a user (like {@code HelpdeskJobs}): it has no method security.
 */
@Component
public class InboundMailPoller {

    private static final Logger log = LoggerFactory.getLogger(InboundMailPoller.class);

    private final InboundMailProcessor processor;
    private final InboundMailProperties properties;
    /** Tests simulate a crash of the process inside the transaction (after the work, before the commit). */
    volatile Runnable beforeCommit = () -> { };

    InboundMailPoller(InboundMailProcessor processor, InboundMailProperties properties) {
        this.processor = processor;
        this.properties = properties;
    }

    public boolean isConfigured() {
        return properties.enabled();
    }

    /** Processes what is unread now (up to the batch size); returns how many messages were taken. */
    public synchronized int poll() {
        if (!properties.enabled()) {
            return 0;
        }
        Store store = null;
        Folder folder = null;
        int taken = 0;
        try {
            store = session().getStore(properties.tls() ? "imaps" : "imap");
            store.connect(properties.host(), properties.port(), properties.username(), properties.password());
            folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            Message[] batch = Arrays.copyOf(unread, Math.min(unread.length, properties.batchSize()));
            // the whole batch in one round trip (BODY.PEEK[], nothing marked read by it)
            FetchProfile profile = new FetchProfile();
            profile.add(IMAPFolder.FetchProfileItem.MESSAGE);
            folder.fetch(batch, profile);
            List<Message> done = new ArrayList<>();
            for (Message message : batch) {
                if (take(message)) {
                    done.add(message);
                }
            }
            // marked read together, after their commits: a crash before this line leaves them unread but
            // receipted, and the next run only marks them
            if (!done.isEmpty()) {
                folder.setFlags(done.toArray(Message[]::new), new Flags(Flags.Flag.SEEN), true);
            }
            taken = done.size();
        } catch (MessagingException e) {
            log.warn("Help-desk mailbox {}:{} not read: {}", properties.host(), properties.port(), e.getMessage());
        } finally {
            close(folder, store);
        }
        return taken;
    }

    private boolean take(Message message) {
        byte[] raw;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            raw = out.toByteArray();
        } catch (IOException | MessagingException e) {
            log.warn("Help-desk mail {} not readable now: {}", message.getMessageNumber(), e.getMessage());
            return false;
        }
        try {
            processor.process(raw, beforeCommit);
        } catch (RuntimeException e) {
            log.error("Help-desk mail {} not processed, left unread for the next run", message.getMessageNumber(), e);
            return false;
        }
        return true;
    }

    private Session session() {
        String p = properties.tls() ? "mail.imaps." : "mail.imap.";
        Properties props = new Properties();
        String timeout = Long.toString(properties.timeout().toMillis());
        props.put(p + "connectiontimeout", timeout);
        props.put(p + "timeout", timeout);
        props.put(p + "writetimeout", timeout);
        props.put(p + "peek", "true");
        if (properties.tls()) {
            props.put(p + "ssl.checkserveridentity", "true");
        } else {
            props.put(p + "starttls.enable", "true");
        }
        return Session.getInstance(props);
    }

    private static void close(Folder folder, Store store) {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.debug("Closing the help-desk folder", e);
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException e) {
            log.debug("Closing the help-desk mailbox", e);
        }
    }
}
