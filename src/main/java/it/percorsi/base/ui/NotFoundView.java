package it.percorsi.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * An unknown address, or an object that is missing or belongs to another administration (the
 * two are never told apart): a page inside the layout, in the user's language, with a way on.
 * Views send such objects here with {@code event.rerouteToError(NotFoundException.class)}.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("notFound");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
