package it.percorsi.home.ui;

import it.percorsi.home.HomeRoutes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import jakarta.annotation.security.PermitAll;

/** "/" sends each role to its own home page. */
@Route(HomeRoutes.ROOT)
@PermitAll
public class RootView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUserProvider currentUser;

    public RootView(CurrentUserProvider currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(homeOf(currentUser.require().role()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "title.home");
    }

    public static String homeOf(Role role) {
        return switch (role) {
            case REFERENT -> HomeRoutes.REFERENT;
            case HELPDESK -> HomeRoutes.HELPDESK;
            case TRAINER -> HomeRoutes.TRAINER;
            case ADMIN -> HomeRoutes.ADMIN;
        };
    }
}
