package it.percorsi.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, whatever answers it (Vaadin routes, the login page,
 * redirects, error pages, static files). Registered ahead of Spring Security, whose header
 * writers Vaadin's own routes bypass.
 *
 * <p>The policy keeps {@code 'unsafe-eval'} in {@code script-src} because Vaadin Flow's client
 * engine runs the server's {@code executeJs} and property bindings through the {@code Function}
 * constructor (vaadin/flow#10759, still open): without it no page works. {@code 'unsafe-inline'}
 * is needed by Vaadin's bootstrap page. Everything else is locked down: no plugins, no framing,
 * no foreign origins.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Public, unchanging files: the only responses a browser or proxy may keep. */
    private static final List<String> STATIC_PREFIXES = List.of("/VAADIN/build/", "/VAADIN/static/", "/images/",
            "/webjars/", "/icons/", "/contenuti/immagini/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!isStatic(request)) {
            // pages and Vaadin's requests carry personal data: never stored by a browser or proxy
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.endsWith(".css") && path.indexOf('/', 1) < 0) {
            return true;
        }
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
