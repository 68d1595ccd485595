package it.percorsi.toolbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import it.percorsi.content.ToolCard;
import it.percorsi.content.ToolPageExtension;
import it.percorsi.toolbox.Download;
import it.percorsi.toolbox.ToolboxService;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Adds to every tool page its Word download, and to some tools the data kit and the calculators. */
@org.springframework.stereotype.Component
class ToolboxExtension implements ToolPageExtension {

    /** Tools that show the sample-size calculator and the fieldwork calculator. */
    static final String SAMPLE_TOOL = "calcolo-del-campione";
    static final String FIELDWORK_TOOL = "kit-lavoro-sul-campo";

    private final ToolboxService toolbox;

    ToolboxExtension(ToolboxService toolbox) {
        this.toolbox = toolbox;
    }

    @Override
    public List<Component> componentsFor(ToolCard tool) {
        List<Component> components = new ArrayList<>();
        if (tool.slug().equals(SAMPLE_TOOL)) {
            components.add(new SampleSizeCalculator());
        }
        if (tool.slug().equals(SAMPLE_TOOL) || tool.slug().equals(FIELDWORK_TOOL)) {
            components.add(new FieldworkCalculator());
        }
        components.add(downloads(tool));
        return components;
    }

    private Section downloads(ToolCard tool) {
        Section section = new Section();
        section.addClassName("content-section");
        section.setId("tool-downloads");
        UI ui = UI.getCurrent();
        H3 heading = new H3(ui.getTranslation("toolbox.downloads"));
        Div links = new Div();
        links.addClassName("toolbox-downloads");
        String slug = tool.slug();
        Anchor word = link(() -> toolbox.toolAsWord(slug), ui.getTranslation("toolbox.download.word"));
        word.setId("download-docx");
        links.add(word);
        if (ToolboxService.offersDataKit(slug)) {
            Locale locale = ui.getLocale();
            Anchor kit = link(() -> Optional.of(toolbox.dataKit(locale)), ui.getTranslation("toolbox.download.kit"));
            kit.setId("download-kit");
            links.add(kit);
        }
        section.add(heading, links);
        return section;
    }

    /** A download link; the file is generated when clicked, with the rights of the logged-in user. */
    static Anchor link(Supplier<Optional<Download>> file, String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            Download d = file.get().orElseThrow(() -> new IllegalStateException("no such tool"));
            return new DownloadResponse(new ByteArrayInputStream(d.bytes()), d.fileName(), d.contentType(), d.bytes().length);
        }), text);
        anchor.addClassName("toolbox-download");
        return anchor;
    }
}
