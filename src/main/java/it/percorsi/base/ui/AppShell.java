package it.percorsi.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Plain stylesheets only: anything that needs a custom frontend bundle (@CssImport, @Theme,
 * @JsModule) cannot be built on the project's machines. See docs/decisions/DD001.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@StyleSheet("content.css")
@StyleSheet("path.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Percorsi");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
