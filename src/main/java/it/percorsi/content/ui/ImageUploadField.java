package it.percorsi.content.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.content.ContentImageService;
import it.percorsi.content.UploadedImage;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Uploads a picture for a guide: the file, its alt text (required) and a button. The server
 * decides what is accepted (type from the bytes, size, alt text); its errors are shown next to
 * the file or the alt text field. On success the markdown that shows the picture,
 * {@code ![alt](images/<path>)}, goes to the callback — the guide editor inserts it, the images
 * page shows it to copy.
 */
public class ImageUploadField extends Composite<Div> {

    private final ContentImageService images;
    private final Supplier<String> guideSlug;
    private final Consumer<String> onSnippet;
    final Upload upload;
    final Span fileError = new Span();
    final TextField altText = new TextField();
    final Button send = new Button();
    final Paragraph status = new Paragraph();
    private final FormErrors errors = new FormErrors();
    private volatile String pendingName;
    private volatile byte[] pendingBytes;
    private UploadedImage lastUploaded;

    /**
     * @param guideSlug the guide the picture is for (its folder under images/), asked at each upload; may give null
     * @param onSnippet receives the markdown of each picture uploaded
     */
    public ImageUploadField(ContentImageService images, Supplier<String> guideSlug, Consumer<String> onSnippet) {
        this.images = images;
        this.guideSlug = guideSlug;
        this.onSnippet = onSnippet;
        Div root = getContent();
        root.addClassName("image-upload");
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> receive(meta.fileName(), bytes)));
        upload.setId("image-upload-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, images.maxBytes()));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.getElement().setAttribute("aria-label", getTranslation("content.images.file"));
        upload.getElement().setAttribute("aria-describedby", "image-upload-file-help image-upload-file-error");
        upload.addFileRemovedListener(e -> clearPending());
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("content.images.choose"))
                .setMany(getTranslation("content.images.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("content.images.drop"))
                .setMany(getTranslation("content.images.drop")));
        upload.setI18n(i18n);
        Span help = new Span(getTranslation("content.images.fileHelp", images.maxBytes() / 1024));
        help.setId("image-upload-file-help");
        help.addClassName("field-help");
        fileError.setId("image-upload-file-error");
        fileError.addClassName("field-error");
        fileError.getElement().setAttribute("role", "alert");
        altText.setId("image-upload-alt");
        altText.setLabel(getTranslation("content.images.alt"));
        altText.setHelperText(getTranslation("content.images.altHelp"));
        altText.setRequiredIndicatorVisible(true);
        altText.setManualValidation(true); // the server decides; an emptied field after an upload is not an error
        altText.setMaxLength(ContentImageService.ALT_MAX_LENGTH);
        altText.setWidthFull();
        errors.bind(ContentImageService.FIELD_ALT, altText);
        send.setId("image-upload-send");
        send.setText(getTranslation("content.images.send"));
        send.addClickListener(e -> send());
        status.setId("image-upload-status");
        status.getElement().setAttribute("role", "status");
        Div fileField = new Div(new Span(getTranslation("content.images.file")), upload, help, fileError);
        fileField.addClassName("image-upload-file-field");
        root.add(fileField, altText, send, status);
    }

    /** The file just received by the upload (kept until it is sent; the server checks it then). */
    void receive(String fileName, byte[] bytes) {
        pendingName = fileName;
        pendingBytes = bytes;
    }

    private void clearPending() {
        pendingName = null;
        pendingBytes = null;
    }

    /** The last picture uploaded with this field, or null. */
    public UploadedImage lastUploaded() {
        return lastUploaded;
    }

    void send() {
        errors.clear();
        fileError.setText("");
        status.setText("");
        try {
            UploadedImage saved = images.upload(guideSlug.get(), pendingName, pendingBytes, altText.getValue());
            lastUploaded = saved;
            clearPending();
            upload.clearFileList();
            altText.clear();
            status.setText(getTranslation("content.images.uploaded", saved.path()));
            onSnippet.accept(saved.snippet());
        } catch (FieldErrors e) {
            var unmatched = errors.show(e);
            if (!unmatched.isEmpty()) {
                fileError.setText(unmatched.values().stream().map(this::getTranslation)
                        .reduce((a, b) -> a + " " + b).orElse(""));
            }
        }
    }
}
