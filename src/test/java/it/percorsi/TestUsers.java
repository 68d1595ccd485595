package it.percorsi;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Acts as a real account in service and browserless tests (the same principal as a real login).
 *
 * <p>Each Spring test context registers its own Vaadin-aware SecurityContextHolderStrategy, and
 * method security reads the one of its own context. Several cached contexts live in one test
 * JVM, so the authentication is set on the static holder and on every strategy seen so far.
 */
public final class TestUsers {

    public static final String PASSWORD = "percorsi-demo-2026";
    public static final String REFERENT = "referente@percorsi.demo";
    public static final String OTHER_REFERENT = "referente.asl@percorsi.demo";
    public static final String HELPDESK = "helpdesk@percorsi.demo";
    public static final String TRAINER = "formatore@percorsi.demo";
    public static final String ADMIN = "admin@percorsi.demo";

    private static final Set<SecurityContextHolderStrategy> STRATEGIES = ConcurrentHashMap.newKeySet();

    private TestUsers() {
    }

    public static void loginAs(ApplicationContext context, String email) {
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(STRATEGIES::add);
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(email);
        set(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Back to an anonymous visitor, as a real request without login (Spring Security's anonymous token). */
    public static void logout() {
        set(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    /**
     * For plain service tests that share a JVM thread with browserless tests: drops the Vaadin
     * thread-locals those may leave behind, then acts as an anonymous visitor.
     */
    public static void anonymousOutsideVaadin() {
        com.vaadin.flow.internal.CurrentInstance.clearAll();
        logout();
    }

    private static void set(Authentication auth) {
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(auth);
        SecurityContextHolder.setContext(securityContext);
        for (SecurityContextHolderStrategy strategy : STRATEGIES) {
            var c = strategy.createEmptyContext();
            c.setAuthentication(auth);
            strategy.setContext(c);
        }
    }
}
