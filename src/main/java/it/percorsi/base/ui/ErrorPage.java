package it.percorsi.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Body of the error pages: a heading, one sentence, and a way on (home and the guide library). */
abstract class ErrorPage extends VerticalLayout implements com.vaadin.flow.router.HasDynamicTitle {

    private String title = "";

    @Override
    public String getPageTitle() {
        return title;
    }

    protected void show(String kind) {
        removeAll();
        addClassName("error-page");
        this.title = PageTitles.key(this, "error." + kind + ".title");
        H2 title = new H2(getTranslation("error." + kind + ".title"));
        title.setId(kind.equals("forbidden") ? "access-denied" : "not-found");
        Paragraph text = new Paragraph(getTranslation("error." + kind + ".text"));
        Anchor home = new Anchor("", getTranslation("error.home"));
        home.setId("error-home");
        Anchor library = new Anchor(SiteChrome.LIBRARY_ROUTE, getTranslation("error.library"));
        add(title, text, new Paragraph(home), new Paragraph(library));
        getUI().ifPresent(ui -> ui.getPage().setTitle(this.title));
    }
}
