package it.percorsi.notification;

import java.time.Instant;

/** A row of the notification list; link is a route of the portal (or null). */
public record InAppNotification(Long id, String message, String link, Instant createdAt, boolean read) {

    static InAppNotification of(AppNotification n) {
        return new InAppNotification(n.getId(), n.getMessage(), n.getLink(), n.getCreatedAt(), n.getReadAt() != null);
    }
}
