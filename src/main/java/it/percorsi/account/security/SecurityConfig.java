package it.percorsi.account.security;

import it.percorsi.account.AccountRoutes;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CurrentUserProvider currentUser, RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/*.css", "/images/**", "/fonts/**", "/webjars/**").permitAll()
                // the content library's images, for any logged-in user (Vaadin's rules deny other paths)
                .requestMatchers("/contenuti/immagini/**").authenticated()
                // help-desk attachment downloads (Vaadin denies non-route paths by default); the service checks the ticket
                .requestMatchers("/allegati/**").authenticated());
        // Response headers for every kind of page are written by SecurityHeadersFilter (Vaadin's own
        // routes bypass Spring Security's header writers).
        http.addFilterBefore(new EndedSessionFilter(currentUser::checkSessionOfRequest), AnonymousAuthenticationFilter.class);
        // CSRF tokens everywhere except Vaadin's own requests (protected by Vaadin's security key).
        // Vaadin's default also exempts the login page, so a forged POST /login could log a victim
        // into an attacker's account; the login form sends the token from the page's meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class, "/" + AccountRoutes.LOGIN + "?logout")
                        .enableCsrfConfiguration(false)
                        // unknown addresses reach the router (its not-found page) once logged in, not a bare 403
                        .anyRequest(any -> any.authenticated()))
                .build();
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Delegating encoder: bcrypt today, upgradeable later without invalidating stored hashes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
