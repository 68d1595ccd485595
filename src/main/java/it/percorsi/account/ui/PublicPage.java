package it.percorsi.account.ui;

import it.percorsi.base.ui.PublicFrame;
import org.springframework.context.ApplicationEventPublisher;

/** Frame of the account pages an anonymous visitor sees (see {@link PublicFrame}). */
abstract class PublicPage extends PublicFrame {

    PublicPage(ApplicationEventPublisher events) {
        super(events);
    }
}
