package it.percorsi.notification;

import org.springframework.context.ApplicationContext;

/** Lets tests of other features deliver the outbox now, as the scheduled sender would. */
public final class OutboxTestAccess {

    private OutboxTestAccess() {
    }

    /** Sends everything due until nothing is left; returns how many mails were delivered. */
    public static int deliverAll(ApplicationContext context) {
        OutboxSender sender = context.getBean(OutboxSender.class);
        int total = 0;
        for (int sent = sender.sendDue(); sent > 0; sent = sender.sendDue()) {
            total += sent;
        }
        return total;
    }
}
