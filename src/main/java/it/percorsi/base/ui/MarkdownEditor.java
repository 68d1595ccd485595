package it.percorsi.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A markdown editor beside a live preview, for every text the portal publishes (guides, tools,
 * FAQs, canned replies). The preview is whatever the given renderer returns for the text: pass the
 * same safe renderer the reader's page uses, so the preview is what readers will see and hostile
 * markdown is as harmless here as there. The preview follows the text {@value #DEBOUNCE_MS} ms after
 * the last keystroke, without reloading the page.
 * <p>
 * A toolbar inserts the common markdown at the cursor (headings, bold, lists, link, table); a
 * combo box inserts a link to another document picked by title ({@link #setLinkChoices}); other
 * actions, e.g. "insert image", are added by the feature that provides them with
 * {@link #addToolbarAction}. Insertion runs in the browser on the text area's input element (where
 * the cursor is), then sends the new value like a keystroke would.
 */
public class MarkdownEditor extends Composite<Div> implements HasSize {

    /** Time after the last keystroke before the server gets the text and renders the preview. */
    public static final int DEBOUNCE_MS = 300;

    /** A document the link picker offers: its label and the markdown address of a link to it. */
    public record LinkChoice(String label, String address) {
    }

    private final TextArea source = new TextArea();
    private final Div toolbar = new Div();
    private final Div preview = new Div();
    private final ComboBox<LinkChoice> linkPicker = new ComboBox<>();
    private final UnaryOperator<String> renderer;
    private final List<Consumer<String>> renderListeners = new ArrayList<>();
    private long lastRenderNanos;
    private String rendered = "";

    /**
     * @param label    the text area's label
     * @param renderer markdown in, safe HTML out (a fragment; sanitised by the renderer)
     */
    public MarkdownEditor(String label, UnaryOperator<String> renderer) {
        this.renderer = renderer;
        Div root = getContent();
        root.addClassName("md-editor");

        toolbar.addClassName("md-toolbar");
        toolbar.getElement().setAttribute("role", "toolbar");
        toolbar.getElement().setAttribute("aria-label", getTranslation("editor.toolbar"));
        addButton("h2", "editor.heading2", "## ", "", "editor.sample.heading", true);
        addButton("h3", "editor.heading3", "### ", "", "editor.sample.heading", true);
        addButton("bold", "editor.bold", "**", "**", "editor.sample.bold", false);
        addButton("italic", "editor.italic", "_", "_", "editor.sample.italic", false);
        addButton("ul", "editor.bulletList", "- ", "", "editor.sample.item", true);
        addButton("ol", "editor.numberedList", "1. ", "", "editor.sample.item", true);
        addButton("link", "editor.link", "[", "](https://)", "editor.sample.link", false);
        Button table = new Button(getTranslation("editor.table"), e -> insertBlock(getTranslation("editor.sample.table")));
        table.setId("md-table");
        style(table);
        toolbar.add(table);

        linkPicker.setId("md-link-picker");
        linkPicker.setLabel(getTranslation("editor.linkTo"));
        linkPicker.setPlaceholder(getTranslation("editor.linkToPlaceholder"));
        linkPicker.setItemLabelGenerator(LinkChoice::label);
        linkPicker.setClearButtonVisible(true);
        linkPicker.setVisible(false);
        linkPicker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                LinkChoice c = e.getValue();
                insert("[", "](" + c.address() + ")", c.label());
                linkPicker.clear();
            }
        });
        toolbar.add(linkPicker);

        source.setId("md-source");
        source.setLabel(label);
        source.addClassName("md-source");
        // a long guide scrolls inside the text area instead of growing the page
        source.setMinHeight("24rem");
        source.setMaxHeight("40rem");
        source.setValueChangeMode(ValueChangeMode.TIMEOUT);
        source.setValueChangeTimeout(DEBOUNCE_MS);
        source.addValueChangeListener(e -> renderPreview());

        preview.setId("md-preview");
        preview.addClassNames("md-preview", "content-body");
        H3 previewTitle = new H3(getTranslation("editor.preview"));
        previewTitle.setId("md-preview-title");
        Section previewSection = new Section(previewTitle, preview);
        previewSection.addClassName("md-preview-section");
        previewSection.getElement().setAttribute("aria-labelledby", "md-preview-title");

        Div panes = new Div(source, previewSection);
        panes.addClassName("md-panes");
        root.add(toolbar, panes);
    }

    public String getValue() {
        return source.getValue();
    }

    /** Sets the text (not as a user change) and renders the preview. */
    public void setValue(String markdown) {
        source.setValue(markdown == null ? "" : markdown);
        renderPreview();
    }

    /** Called with the text each time the user's change reaches the server (after the debounce). */
    public Registration addUserChangeListener(Consumer<String> listener) {
        return source.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.accept(e.getValue());
            }
        });
    }

    /** Called with the new preview HTML each time it is rendered. */
    public Registration addRenderListener(Consumer<String> listener) {
        renderListeners.add(listener);
        return () -> renderListeners.remove(listener);
    }

    /** The documents the "link to" picker offers; none hides the picker. */
    public void setLinkChoices(List<LinkChoice> choices) {
        linkPicker.setItems(choices);
        linkPicker.setVisible(!choices.isEmpty());
    }

    /**
     * Extension point: adds a toolbar button (e.g. "insert image", provided by the images feature)
     * whose action gets this editor, to call {@link #insertAtCursor} or {@link #insertBlock}.
     */
    public Button addToolbarAction(String id, String label, Consumer<MarkdownEditor> action) {
        Button button = new Button(label, e -> action.accept(this));
        button.setId(id);
        style(button);
        toolbar.addComponentAtIndex(Math.max(0, toolbar.getComponentCount() - 1), button);
        return button;
    }

    /** Inserts text where the cursor is (replacing the selection). */
    public void insertAtCursor(String text) {
        insert(text, "", "");
    }

    /** Inserts a block (e.g. a table) on its own lines at the cursor. */
    public void insertBlock(String block) {
        insertJs("\n\n" + block + "\n\n", "", "", false);
    }

    public void setReadOnly(boolean readOnly) {
        source.setReadOnly(readOnly);
        toolbar.setVisible(!readOnly);
    }

    public void setInvalid(boolean invalid, String message) {
        source.setInvalid(invalid);
        source.setErrorMessage(message);
    }

    /** The text area, e.g. to bind field errors to it. */
    public TextArea source() {
        return source;
    }

    /** The preview's HTML as last rendered. */
    public String previewHtml() {
        return rendered;
    }

    /** Time the last preview took on the server (render and sanitise), in nanoseconds. */
    public long lastRenderNanos() {
        return lastRenderNanos;
    }

    /** Renders the preview now from the text the server has. */
    public void renderPreview() {
        long start = System.nanoTime();
        String html = renderer.apply(source.getValue() == null ? "" : source.getValue());
        rendered = html;
        preview.getElement().setProperty("innerHTML", html);
        lastRenderNanos = System.nanoTime() - start;
        renderListeners.forEach(l -> l.accept(html));
    }

    private void addButton(String id, String labelKey, String before, String after, String sampleKey, boolean line) {
        Button b = new Button(getTranslation(labelKey), e -> insertJs(before, after, getTranslation(sampleKey), line));
        b.setId("md-" + id);
        style(b);
        toolbar.add(b);
    }

    private static void style(Button b) {
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
    }

    private void insert(String before, String after, String placeholder) {
        insertJs(before, after, placeholder, false);
    }

    /**
     * Wraps the selection (or a placeholder) in before/after at the cursor, on a line of its own when
     * {@code line}; then tells the text area its value changed, which sends it after the debounce.
     */
    private void insertJs(String before, String after, String placeholder, boolean line) {
        source.getElement().executeJs("""
                const ta = this.inputElement || this.querySelector('textarea');
                if (!ta) return;
                const s = ta.selectionStart, e = ta.selectionEnd;
                const selected = ta.value.substring(s, e) || $2;
                const lineStart = $3 && s > 0 && ta.value.charAt(s - 1) !== '\\n' ? '\\n' : '';
                ta.setRangeText(lineStart + $0 + selected + $1, s, e, 'end');
                ta.dispatchEvent(new Event('input', {bubbles: true}));
                ta.focus();""", before, after, placeholder, line);
    }
}
