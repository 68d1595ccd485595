package it.percorsi.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An in-app notification (the bell), written in the recipient's language with the mail it mirrors. */
@Entity
@Table(name = "app_notification")
class AppNotification {

    static final int MESSAGE_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    @Column(name = "message")
    private String message;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected AppNotification() {
    }

    AppNotification(Long userId, String message, String link, Instant createdAt) {
        this.userId = userId;
        this.message = message.length() <= MESSAGE_MAX_LENGTH ? message
                : message.substring(0, MESSAGE_MAX_LENGTH - 1) + "…";
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Long getId() { return id; }
    Long getUserId() { return userId; }
    String getMessage() { return message; }
    String getLink() { return link; }
    Instant getCreatedAt() { return createdAt; }
    Instant getReadAt() { return readAt; }
}
