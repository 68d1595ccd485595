package it.percorsi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import it.percorsi.base.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code <html lang>} equal to the interface language after every navigation, so screen
 * readers pronounce English pages in English (the page shell itself is always served as "it").
 */
@Component
class DocumentLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(nav -> ui.getPage().executeJs("document.documentElement.lang = $0",
                    languageOf(ui)));
        });
    }

    static String languageOf(UI ui) {
        return TranslationProvider.supported(ui.getLocale()).getLanguage();
    }
}
