package it.percorsi.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the content feature (prefix percorsi.content): the content folder, relative to the
 * working directory, and whether to import it at start-up.
 */
@ConfigurationProperties("percorsi.content")
public record ContentProperties(
        @DefaultValue("content") Path dir,
        @DefaultValue("true") boolean importOnStartup) {
}
