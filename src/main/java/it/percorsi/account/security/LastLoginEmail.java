package it.percorsi.account.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers, in the visitor's own session, the address typed in a failed login, so the login
 * page can show it again instead of an empty field. The page still says nothing about whether
 * the address exists (see DD003): it only gives back what the visitor typed.
 */
@Component
public class LastLoginEmail {

    public static final String SESSION_ATTRIBUTE = "percorsi.lastLoginEmail";
    private static final int MAX_LENGTH = 254;

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication() == null ? null : event.getAuthentication().getName();
        if (name == null || name.isBlank() || name.length() > MAX_LENGTH) {
            return;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(true);
            session.setAttribute(SESSION_ATTRIBUTE, name.strip());
        }
    }
}
