package it.percorsi;

import it.percorsi.notification.OutboxEntry;
import it.percorsi.notification.OutboxService;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the outbox as the ADMIN page would, to follow links sent by e-mail. */
public final class TestMails {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private TestMails() {
    }

    public static List<OutboxEntry> to(ApplicationContext context, String recipient) {
        SecurityContext saved = SecurityContextHolder.getContext();
        try {
            TestUsers.loginAs(context, TestUsers.ADMIN);
            return context.getBean(OutboxService.class).list(null, 500).stream()
                    .filter(m -> m.recipient().equalsIgnoreCase(recipient)).toList();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }

    public static Optional<OutboxEntry> latestTo(ApplicationContext context, String recipient) {
        return to(context, recipient).stream().findFirst();
    }

    public static String tokenIn(OutboxEntry mail) {
        Matcher m = TOKEN.matcher(mail.body());
        if (!m.find()) {
            throw new AssertionError("No token link in mail: " + mail.body());
        }
        return m.group(1);
    }
}
