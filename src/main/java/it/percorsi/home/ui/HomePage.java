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

    /**
     * "What you can do here": every page of the menu the role may open, except this one, so a
     * staff home grows with each feature that adds a menu entry.
     */
    protected void addMenuShortcuts(String ownRoute) {
        com.vaadin.flow.component.html.H3 title = new com.vaadin.flow.component.html.H3(getTranslation("home.shortcuts"));
        title.setId("home-shortcuts-title");
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        list.setId("home-shortcuts");
        list.addClassName("home-shortcuts");
        for (var entry : com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries()) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            if (!path.equals(ownRoute)) {
                list.add(new com.vaadin.flow.component.html.ListItem(
                        new com.vaadin.flow.component.html.Anchor(path, getTranslation(entry.title()))));
            }
        }
        list.add(new com.vaadin.flow.component.html.ListItem(
                new com.vaadin.flow.component.html.Anchor(it.percorsi.base.ui.SiteChrome.ACCOUNT_ROUTE,
                        getTranslation("layout.account"))));
        add(title, list);
    }
}
