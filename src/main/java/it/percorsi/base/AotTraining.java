package it.percorsi.base;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training run of JDK 25's AOT cache (bin/percorsi, README "Production build"): with
 * {@code percorsi.aot.training=true} the portal starts as usual, and once ready asks itself a few
 * real pages (health, the login page with Vaadin's bootstrap, a first UIDL-less round of static
 * resources) so the classes of serving a request are in the cache too, then shuts down cleanly,
 * which writes the cache ({@code -XX:AOTCacheOutput}).
 */
@Component
@ConditionalOnBooleanProperty("percorsi.aot.training")
class AotTraining {

    private static final Logger log = LoggerFactory.getLogger(AotTraining.class);
    private static final List<String> PAGES = List.of("/actuator/health", "/login", "/login", "/registrazione",
            "/accessibilita", "/styles.css", "/actuator/health");

    @EventListener(ApplicationReadyEvent.class)
    void train(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        int port = context instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : 8080;
        Thread.ofPlatform().name("aot-training").start(() -> {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            for (int round = 0; round < 3; round++) {
                for (String page : PAGES) {
                    try {
                        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + page)).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        log.debug("AOT training: {} {}", page, response.statusCode());
                    } catch (Exception e) {
                        log.info("AOT training: {} failed: {}", page, e.toString());
                    }
                }
            }
            log.info("AOT training run done: stopping, the JVM writes the AOT cache on exit");
            System.exit(SpringApplication.exit(context, () -> 0));
        });
    }
}
