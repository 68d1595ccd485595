package it.percorsi.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import it.percorsi.base.ui.LanguageSwitch;
import org.springframework.context.ApplicationEventPublisher;

/** Frame of the pages an anonymous visitor sees: a header with the language switch and a card. */
abstract class PublicPage extends Div {

    protected final Div card = new Div();

    PublicPage(ApplicationEventPublisher events) {
        addClassName("public-page");
        H1 brand = new H1(new Anchor("login", getTranslation("app.name")));
        brand.addClassName("app-title");
        HorizontalLayout header = new HorizontalLayout(brand, new LanguageSwitch(events));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Header top = new Header(header);
        top.addClassName("public-header");
        card.addClassName("public-card");
        Main main = new Main(card);
        main.setId("main-content");
        add(top, main);
    }

    protected void content(Component... components) {
        card.removeAll();
        card.add(components);
    }
}
