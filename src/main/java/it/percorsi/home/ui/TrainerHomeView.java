package it.percorsi.home.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.home.HomeRoutes;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import jakarta.annotation.security.RolesAllowed;

@Route(HomeRoutes.TRAINER)
@Menu(order = 10, title = "menu.home")
@RolesAllowed(Role.TRAINER_NAME)
public class TrainerHomeView extends HomePage implements HasDynamicTitle {


    public TrainerHomeView(CurrentUserProvider currentUser) {
        super(currentUser, "trainer");
        addMenuShortcuts(HomeRoutes.TRAINER);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "title.home");
    }
}
