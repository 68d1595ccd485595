package it.percorsi.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address that links in e-mails start with. Configured with percorsi.account.base-url
 * (PERCORSI_BASE_URL); when it is not, it is derived from the running server: its real port
 * (not a fixed 8080) and server.address, else "localhost". The Host header of a request is
 * deliberately never used: an attacker could make reset links point at their own site.
 * Where a base URL is required (the postgres production profile) the portal refuses to start
 * without one, rather than send links nobody can open.
 */
@Component
public class BaseUrl implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(BaseUrl.class);

    private final String configured;
    private final String host;
    private volatile String derived = "http://localhost:8080";

    BaseUrl(AccountProperties properties, Environment environment) {
        String value = properties.baseUrl() == null ? "" : properties.baseUrl().strip();
        if (value.isEmpty() && properties.requireBaseUrl()) {
            throw new IllegalStateException("percorsi.account.base-url (environment variable PERCORSI_BASE_URL) is not set:"
                    + " links in verification, reset and invitation e-mails would not work. Set it to the public"
                    + " address of the portal, e.g. https://percorsi.example.gov.it");
        }
        this.configured = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        String address = environment.getProperty("server.address", "");
        this.host = address.isBlank() || "0.0.0.0".equals(address) ? "localhost" : address;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return; // a management server's child context
        }
        derived = "http://" + host + ":" + event.getWebServer().getPort();
        if (configured.isEmpty()) {
            log.warn("percorsi.account.base-url is not set: links in e-mails use {} (set PERCORSI_BASE_URL in production)",
                    derived);
        }
    }

    /** The base URL without a trailing slash. */
    public String get() {
        return configured.isEmpty() ? derived : configured;
    }

    /** The absolute address of a portal route (relative, as in the features' navigation classes). */
    public String absolute(String route) {
        return get() + "/" + (route.startsWith("/") ? route.substring(1) : route);
    }

    public boolean isConfigured() {
        return !configured.isEmpty();
    }
}
