package it.percorsi.home.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import it.percorsi.account.CurrentUserProvider;

/** Common frame of the four role homes: a greeting and the role's next actions. */
abstract class HomePage extends VerticalLayout {

    HomePage(CurrentUserProvider currentUser, String role) {
        addClassName("home-" + role);
        var user = currentUser.require();
        H2 greeting = new H2(getTranslation("home.greeting", user.fullName() == null ? user.email() : user.fullName()));
        greeting.setId("home-title");
        add(greeting, new Paragraph(getTranslation("home." + role + ".intro")));
    }
}
