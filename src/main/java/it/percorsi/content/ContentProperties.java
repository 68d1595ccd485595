package it.percorsi.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the content feature (prefix percorsi.content): the content folder, relative to the
 * working directory, whether to import it at start-up, and the largest picture a trainer may
 * upload (percorsi.content.image-upload-max-size, e.g. 2MB; checked on the server).
 * With {@code import-after-ready} (the default), a restart whose database already holds a library
 * checks the folder after the portal reports ready, on its own thread, so readiness never waits for
 * it; the first start of an empty database imports before it is ready, as there is nothing to show.
 */
@ConfigurationProperties("percorsi.content")
public record ContentProperties(
        @DefaultValue("content") Path dir,
        @DefaultValue("true") boolean importOnStartup,
        @DefaultValue("true") boolean importAfterReady,
        @DefaultValue("2MB") DataSize imageUploadMaxSize) {
}
