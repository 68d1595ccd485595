package it.percorsi.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import it.percorsi.path.NextStepCard;
import it.percorsi.path.PathService;
import jakarta.annotation.security.RolesAllowed;

@Route(ReferentHomeView.ROUTE)
@PageTitle("Percorsi")
@Menu(order = 10, title = "menu.home")
@RolesAllowed(Role.REFERENT_NAME)
public class ReferentHomeView extends HomePage {

    public static final String ROUTE = "referente";

    public ReferentHomeView(CurrentUserProvider currentUser, PathService paths) {
        super(currentUser, "referent");
        add(new NextStepCard(paths.nextStep()));
    }
}
