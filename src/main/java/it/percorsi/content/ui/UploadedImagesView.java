package it.percorsi.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.content.ContentImageService;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.UploadedImage;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * TRAINER / ADMIN: the pictures uploaded for guides, with alt text, size and the markdown to copy
 * into a guide, an upload form and delete. Useful on its own; the guide editor embeds the same
 * {@link ImageUploadField}.
 */
@Route(ContentRoutes.UPLOADED_IMAGES)
@Menu(order = 83, title = "menu.contentImages")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
class UploadedImagesView extends Div implements HasDynamicTitle {

    private final ContentImageService images;
    final TextField guide = new TextField();
    final ImageUploadField uploadField;
    final TextField lastSnippet = new TextField();
    final Grid<UploadedImage> grid = new Grid<>(UploadedImage.class, false);
    final Paragraph status = new Paragraph();
    List<UploadedImage> shown = List.of();

    UploadedImagesView(ContentImageService images) {
        this.images = images;
        addClassName("content-page");
        H2 title = new H2(getTranslation("content.images.title"));
        title.setId("images-title");
        add(title, new Paragraph(getTranslation("content.images.intro")));

        guide.setId("images-guide");
        guide.setLabel(getTranslation("content.images.guide"));
        guide.setWidth("min(100%, 30rem)");
        guide.setHelperText(getTranslation("content.images.guideHelp"));
        guide.setValueChangeMode(ValueChangeMode.LAZY);
        guide.addValueChangeListener(e -> refresh());
        uploadField = new ImageUploadField(images, () -> guide.getValue().strip(), this::uploaded);
        lastSnippet.setId("images-last-snippet");
        lastSnippet.setLabel(getTranslation("content.images.snippet"));
        lastSnippet.setReadOnly(true);
        lastSnippet.setWidthFull();
        lastSnippet.setVisible(false);
        add(guide, new H3(getTranslation("content.images.uploadHeading")), uploadField, lastSnippet);

        status.setId("images-status");
        status.getElement().setAttribute("role", "status");
        grid.setId("images-grid");
        grid.addColumn(UploadedImage::path).setHeader(getTranslation("content.images.path")).setAutoWidth(true);
        grid.addColumn(UploadedImage::altText).setHeader(getTranslation("content.images.alt")).setFlexGrow(1);
        grid.addColumn(i -> getTranslation("content.images.sizeValue", Math.max(1, i.sizeBytes() / 1024), i.width(),
                i.height())).setHeader(getTranslation("content.images.size")).setAutoWidth(true);
        grid.addComponentColumn(i -> {
            TextField snippet = new TextField();
            snippet.setValue(i.snippet());
            snippet.setReadOnly(true);
            snippet.setWidthFull();
            snippet.getElement().setAttribute("aria-label", getTranslation("content.images.snippetOf", i.path()));
            return snippet;
        }).setHeader(getTranslation("content.images.snippet")).setFlexGrow(2);
        grid.addComponentColumn(i -> {
            Button delete = new Button(getTranslation("content.images.delete"), e -> delete(i));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.getElement().setAttribute("aria-label", getTranslation("content.images.deleteOf", i.path()));
            return delete;
        }).setHeader(getTranslation("content.images.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("content.images.listHeading")), status, grid);
        refresh();
    }

    private void uploaded(String snippet) {
        lastSnippet.setValue(snippet);
        lastSnippet.setVisible(true);
        refresh();
    }

    void delete(UploadedImage image) {
        images.delete(image.path());
        refresh();
        status.setText(getTranslation("content.images.deleted", image.path()));
    }

    void refresh() {
        String slug = guide.getValue().strip();
        shown = images.list(slug.isEmpty() ? null : slug);
        grid.setItems(shown);
        status.setText(shown.isEmpty() ? getTranslation("content.images.none") : "");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "content.images.title");
    }
}
