package it.percorsi.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import jakarta.annotation.security.RolesAllowed;

@Route(AdminHomeView.ROUTE)
@PageTitle("Percorsi")
@Menu(order = 10, title = "menu.home")
@RolesAllowed(Role.ADMIN_NAME)
public class AdminHomeView extends HomePage {

    public static final String ROUTE = "admin";

    public AdminHomeView(CurrentUserProvider currentUser) {
        super(currentUser, "admin");
        addMenuShortcuts(ROUTE);
    }
}
