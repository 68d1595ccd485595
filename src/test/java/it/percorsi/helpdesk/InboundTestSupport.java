package it.percorsi.helpdesk;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Hands a raw mail to the help desk as the poller would, for tests of other packages (views). */
public final class InboundTestSupport {

    private InboundTestSupport() {
    }

    /** Processes a plain-text mail; returns what became of it (REPLY, QUARANTINED, ...). */
    public static InboundOutcome receive(ApplicationContext context, String from, String subject, String text) {
        String raw = "From: " + from + "\r\nTo: assistenza@percorsi.test\r\nSubject: " + subject + "\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@client.example.it>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n";
        return context.getBean(InboundMailProcessor.class).process(raw.getBytes(StandardCharsets.UTF_8)).outcome();
    }
}
