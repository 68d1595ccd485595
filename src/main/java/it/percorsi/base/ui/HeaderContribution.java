package it.percorsi.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Lets a feature add a small item to the header of every logged-in page (the notification bell)
 * without the shell depending on the feature. A Spring bean; {@link #create()} is called per layout.
 */
public interface HeaderContribution {

    Component create();
}
