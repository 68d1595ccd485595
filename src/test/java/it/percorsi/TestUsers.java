package it.percorsi;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Acts as a real account in service and browserless tests (the same principal as a real login). */
public final class TestUsers {

    public static final String PASSWORD = "percorsi-demo-2026";
    public static final String REFERENT = "referente@percorsi.demo";
    public static final String OTHER_REFERENT = "referente.asl@percorsi.demo";
    public static final String HELPDESK = "helpdesk@percorsi.demo";
    public static final String TRAINER = "formatore@percorsi.demo";
    public static final String ADMIN = "admin@percorsi.demo";

    private TestUsers() {
    }

    public static void loginAs(ApplicationContext context, String email) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(email);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(auth);
        SecurityContextHolder.setContext(securityContext);
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }
}
