package it.percorsi.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request once its login is no longer valid: the account was
 * disabled, or its password changed in another session (a reset, or a change elsewhere). The
 * request then continues as an anonymous visitor, so a protected page answers with the login.
 */
final class EndedSessionFilter extends OncePerRequestFilter {

    private static final Pattern VERSION_QUERY = Pattern.compile("v-c=[\\w-]+");

    private final BooleanSupplier sessionValid;

    EndedSessionFilter(BooleanSupplier sessionValid) {
        this.sessionValid = sessionValid;
    }

    /**
     * Static files (styles, pictures, fonts, the compiled front end) hold no data and are public: they are
     * not worth a query each (issue 14: a page's styles alone are a dozen requests). Every other request,
     * Vaadin's UIDL and push included, is checked.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        if (query != null) { // only the style sheets' version parameter (styles.css?v-c=…, lumo/lumo.css?v-c=…)
            return VERSION_QUERY.matcher(query).matches() && (isRootStyleSheet(path) || path.equals("/lumo/lumo.css"));
        }
        return path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/") || path.startsWith("/images/")
                || path.startsWith("/fonts/") || path.startsWith("/webjars/") || isRootStyleSheet(path);
    }

    private static boolean isRootStyleSheet(String path) {
        return path.lastIndexOf('/') == 0 && path.endsWith(".css");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && !sessionValid.getAsBoolean()) {
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
