package it.percorsi.notification;

/** The notification feature's routes, for its views, the header bell and other features. */
public final class NotificationRoutes {

    /** The logged-in user's in-app notifications. */
    public static final String NOTIFICATIONS = "notifiche";
    /** ADMIN: the mail outbox. */
    public static final String OUTBOX = "admin/outbox";

    private NotificationRoutes() {
    }
}
