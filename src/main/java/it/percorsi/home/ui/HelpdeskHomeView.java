package it.percorsi.home.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.home.HomeRoutes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.QueueCounts;
import it.percorsi.helpdesk.TicketQueue;
import jakarta.annotation.security.RolesAllowed;

/** The help-desk operator's home: the queue in numbers and the way to it. */
@Route(HomeRoutes.HELPDESK)
@Menu(order = 10, title = "menu.home")
@RolesAllowed(Role.HELPDESK_NAME)
public class HelpdeskHomeView extends HomePage implements HasDynamicTitle {


    public HelpdeskHomeView(CurrentUserProvider currentUser, TicketQueue queue) {
        super(currentUser, "helpdesk");
        QueueCounts c = queue.counts();
        Paragraph summary = new Paragraph(getTranslation("home.helpdesk.queue", c.active(), c.unassigned(), c.mine(),
                c.overdue()));
        summary.setId("home-queue-summary");
        Anchor link = new Anchor(HelpdeskRoutes.QUEUE, getTranslation("home.helpdesk.openQueue"));
        link.setId("home-queue-link");
        add(summary, link);
        addMenuShortcuts(HomeRoutes.HELPDESK);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "title.home");
    }
}
