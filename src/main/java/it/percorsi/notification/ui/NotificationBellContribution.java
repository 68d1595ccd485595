package it.percorsi.notification.ui;

import it.percorsi.base.ui.HeaderContribution;
import it.percorsi.notification.NotificationService;

@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(100) // before the search box in the stream: the box ends up leftmost
class NotificationBellContribution implements HeaderContribution {

    private final NotificationService notifications;

    NotificationBellContribution(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new NotificationBell(notifications);
    }
}
