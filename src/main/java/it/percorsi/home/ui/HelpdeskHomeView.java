package it.percorsi.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import jakarta.annotation.security.RolesAllowed;

@Route(HelpdeskHomeView.ROUTE)
@PageTitle("Percorsi")
@Menu(order = 10, title = "menu.home")
@RolesAllowed(Role.HELPDESK_NAME)
public class HelpdeskHomeView extends HomePage {

    public static final String ROUTE = "helpdesk";

    public HelpdeskHomeView(CurrentUserProvider currentUser) {
        super(currentUser, "helpdesk");
        addMenuShortcuts(ROUTE);
    }
}
