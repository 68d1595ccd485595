package it.percorsi.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import jakarta.annotation.security.PermitAll;

/** "/" sends each role to its own home page. */
@Route("")
@PermitAll
public class RootView extends Div implements BeforeEnterObserver {

    private final CurrentUserProvider currentUser;

    public RootView(CurrentUserProvider currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(homeOf(currentUser.require().role()));
    }

    public static String homeOf(Role role) {
        return switch (role) {
            case REFERENT -> ReferentHomeView.ROUTE;
            case HELPDESK -> HelpdeskHomeView.ROUTE;
            case TRAINER -> TrainerHomeView.ROUTE;
            case ADMIN -> AdminHomeView.ROUTE;
        };
    }
}
