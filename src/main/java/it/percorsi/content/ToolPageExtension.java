package it.percorsi.content;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Something another module adds to a tool page after the tool's text (downloads, calculators).
 * The tool page asks every Spring bean implementing this, so the content module never depends
 * on the modules that contribute.
 */
public interface ToolPageExtension {

    /** Components for the page of this tool, in order; empty when the module has nothing for it. */
    List<Component> componentsFor(ToolCard tool);
}
