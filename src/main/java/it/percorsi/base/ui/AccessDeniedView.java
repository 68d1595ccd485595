package it.percorsi.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * Shown, inside the layout, when a logged-in user opens a page their role may not see. Objects
 * that are missing or belong to another administration never come here: they get
 * {@link NotFoundView}, so the page never confirms that an id exists elsewhere.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("forbidden");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
