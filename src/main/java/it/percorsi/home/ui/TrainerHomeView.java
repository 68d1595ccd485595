package it.percorsi.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import jakarta.annotation.security.RolesAllowed;

@Route(TrainerHomeView.ROUTE)
@PageTitle("Percorsi")
@Menu(order = 10, title = "menu.home")
@RolesAllowed(Role.TRAINER_NAME)
public class TrainerHomeView extends HomePage {

    public static final String ROUTE = "formatore";

    public TrainerHomeView(CurrentUserProvider currentUser) {
        super(currentUser, "trainer");
        addMenuShortcuts(ROUTE);
    }
}
