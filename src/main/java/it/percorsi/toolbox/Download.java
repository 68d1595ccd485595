package it.percorsi.toolbox;

/** A generated file: its name, its media type and its bytes. */
public record Download(String fileName, String contentType, byte[] bytes) {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
