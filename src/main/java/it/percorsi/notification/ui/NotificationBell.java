package it.percorsi.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import it.percorsi.notification.NotificationRoutes;
import it.percorsi.notification.NotificationService;

/**
 * The bell in the header: a link to the notification list with the unread count. The icon and the count
 * are markup inside the link (issue 14: one state node instead of three); the count is written again on
 * every refresh.
 */
@Tag("a")
@Uses(Icon.class) // the vaadin-icon web component and its icon set, written as markup
class NotificationBell extends Component {

    private final NotificationService notifications;
    private long unread = -1;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        getElement().setAttribute("href", NotificationRoutes.NOTIFICATIONS);
        getElement().setAttribute("id", "notification-bell");
        getElement().setAttribute("class", "notification-bell");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    void refresh() {
        long now = notifications.unreadCount();
        if (now == unread) {
            return;
        }
        unread = now;
        org.jsoup.nodes.Element inner = it.percorsi.base.ui.StaticHtml.root("span");
        inner.appendElement("vaadin-icon").attr("icon", "vaadin:bell");
        org.jsoup.nodes.Element count = inner.appendElement("span").addClass("notification-count").id("notification-count");
        if (unread > 0) {
            count.text(Long.toString(unread));
        } else {
            count.attr("hidden", "");
        }
        getElement().setProperty("innerHTML", inner.html());
        getElement().setAttribute("aria-label", getTranslation("notifications.bell", unread));
        getElement().setAttribute("title", getTranslation("notifications.bell", unread));
    }
}
