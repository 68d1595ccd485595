package it.percorsi.notification.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.notification.NotificationRoutes;
import it.percorsi.base.ui.DateTimes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import it.percorsi.notification.InAppNotification;
import it.percorsi.notification.NotificationService;
import jakarta.annotation.security.PermitAll;

/** The logged-in user's notifications, newest first; opening the page marks them read. */
@Route(NotificationRoutes.NOTIFICATIONS)
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    final Div list = new Div();

    NotificationsView(NotificationService notifications, DateTimes dates) {
        H2 title = new H2(getTranslation("notifications.title"));
        add(title);
        var items = notifications.latest(50);
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("notifications.empty")));
        }
        list.setId("notification-list");
        for (InAppNotification n : items) {
            Div row = new Div();
            row.addClassName("notification-item");
            if (!n.read()) {
                row.addClassName("unread");
            }
            Span when = new Span(dates.dateTime(n.createdAt(), getLocale()));
            when.addClassName("notification-time");
            row.add(when, n.link() == null ? new Span(n.message()) : new Anchor(n.link(), n.message()));
            list.add(row);
        }
        add(list);
        notifications.markAllRead();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "notifications.title");
    }
}
