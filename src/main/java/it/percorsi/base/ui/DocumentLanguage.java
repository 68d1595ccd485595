package it.percorsi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import it.percorsi.base.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code <html lang>} equal to the interface language after every navigation, so screen
 * readers pronounce English pages in English (the page shell itself is always served as "it").
 * It also labels Vaadin's connection indicator, which sits outside every landmark.
 */
@Component
class DocumentLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(nav -> ui.getPage().executeJs("document.documentElement.lang = $0;"
                    // Vaadin puts its connection indicator straight into <body>: make it a labelled
                    // region so no content sits outside landmarks (axe: region)
                    + "const c = document.querySelector('vaadin-connection-indicator');"
                    + "if (c) { c.setAttribute('role', 'region'); c.setAttribute('aria-label', $1); }"
                    // the password fields' reveal button is labelled in English by the web component
                    + "document.querySelectorAll('vaadin-password-field').forEach(f => f.i18n = {...f.i18n, reveal: $2});",
                    languageOf(ui), ui.getTranslation("layout.connection"), ui.getTranslation("layout.showPassword")));
        });
    }

    static String languageOf(UI ui) {
        return TranslationProvider.supported(ui.getLocale()).getLanguage();
    }
}
