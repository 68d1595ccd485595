package it.percorsi.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the content feature (prefix percorsi.content): the content folder, relative to the
 * working directory, whether to import it at start-up, and the largest picture a trainer may
 * upload (percorsi.content.image-upload-max-size, e.g. 2MB; checked on the server).
 */
@ConfigurationProperties("percorsi.content")
public record ContentProperties(
        @DefaultValue("content") Path dir,
        @DefaultValue("true") boolean importOnStartup,
        @DefaultValue("2MB") DataSize imageUploadMaxSize) {
}
