package it.percorsi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Frame of the pages an anonymous visitor sees (login, registration, the footer's pages):
 * skip link, owner bar, a header with the language switch, the page in a card, the footer.
 */
public abstract class PublicFrame extends Div {

    protected final Div card = new Div();

    protected PublicFrame(ApplicationEventPublisher events) {
        addClassName("public-page");
        Anchor skip = new Anchor("#main-content", getTranslation("layout.skipToContent"));
        skip.addClassName("skip-link");
        // as in MainLayout: focus the content, never follow "#main-content" against <base href> to the home page
        skip.getElement().setAttribute("router-ignore", "");
        skip.getElement().executeJs(MainLayout.SKIP_LINK_SCRIPT, MainLayout.MAIN_ID);
        H1 brand = new H1(new Anchor("", getTranslation("app.name")));
        brand.addClassName("app-title");
        HorizontalLayout header = new HorizontalLayout(brand, new LanguageSwitch(events));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("public-header-row");
        Header top = new Header(SiteChrome.ownerBar(this), header);
        top.addClassName("public-header");
        card.addClassName("public-card");
        Main main = new Main(card);
        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        add(skip, top, main, SiteChrome.footer(this));
    }

    protected void content(Component... components) {
        card.removeAll();
        card.add(components);
    }
}
