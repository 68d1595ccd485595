package it.percorsi.notification.ui;

import it.percorsi.notification.NotificationRoutes;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import it.percorsi.notification.NotificationService;

/** The bell in the header: a link to the notification list with the unread count. */
class NotificationBell extends Anchor {

    final Span count = new Span();
    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setHref(NotificationRoutes.NOTIFICATIONS);
        setId("notification-bell");
        addClassName("notification-bell");
        add(VaadinIcon.BELL.create(), count);
        count.addClassName("notification-count");
        count.setId("notification-count");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : Long.toString(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", getTranslation("notifications.bell", unread));
        getElement().setAttribute("title", getTranslation("notifications.bell", unread));
    }
}
