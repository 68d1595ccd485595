package it.percorsi.toolbox;

import it.percorsi.account.BaseUrl;
import it.percorsi.base.i18n.TranslationProvider;
import it.percorsi.content.GuideService;
import it.percorsi.content.ToolSource;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The downloads of the toolbox: any tool as a Word document and the data kit workbook. Logged-in users only. */
@Service
public class ToolboxService {

    private final GuideService library;
    private final DocxExport docx;

    ToolboxService(GuideService library, BaseUrl baseUrl) {
        this.library = library;
        this.docx = new DocxExport(baseUrl::get);
    }

    /** The tool as a Word document named after its slug; empty when there is no such tool. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Download> toolAsWord(String slug) {
        return library.toolSource(slug).map(tool -> new Download(tool.slug() + ".docx", Download.DOCX, docx.export(tool.markdown())));
    }

    /** The data kit generated from the current model questionnaire and matrix tool, labelled in the given language. */
    @PreAuthorize("isAuthenticated()")
    public Download dataKit(Locale locale) {
        QuestionnaireModel model = questionnaireModel();
        byte[] bytes = new DataKit(model, (key, params) -> TranslationProvider.translate(key, locale, params)).build();
        return new Download("kit-dati-customer-satisfaction.xlsx", Download.XLSX, bytes);
    }

    /** Whether the data kit is offered on the page of this tool. */
    public static boolean offersDataKit(String slug) {
        return LibraryConventions.SCALE_SOURCE.equals(slug) || LibraryConventions.QUADRANT_SOURCE.equals(slug);
    }

    QuestionnaireModel questionnaireModel() {
        String questionnaire = library.toolSource(LibraryConventions.SCALE_SOURCE).map(ToolSource::markdown)
                .orElseThrow(() -> new IllegalStateException("the model questionnaire is missing"));
        String matrix = library.toolSource(LibraryConventions.QUADRANT_SOURCE).map(ToolSource::markdown)
                .orElseThrow(() -> new IllegalStateException("the matrix tool is missing"));
        return QuestionnaireModel.parse(questionnaire, matrix);
    }
}
