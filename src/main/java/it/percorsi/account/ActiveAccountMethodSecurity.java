package it.percorsi.account;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;

/**
 * Every secured service method (every {@code @PreAuthorize}) refuses a login whose account is no
 * longer active or whose password changed since: a page left open after an ADMIN disabled the
 * account, or after a password reset, can no longer read or save anything, whatever page it is.
 * Anonymous callers are left to the method's own rule.
 */
@Configuration(proxyBeanMethods = false)
class ActiveAccountMethodSecurity {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor activeAccountAdvisor(ObjectProvider<CurrentUserProvider> currentUser) {
        var pointcut = new ComposablePointcut(AnnotationMatchingPointcut.forMethodAnnotation(PreAuthorize.class))
                .union(new AnnotationMatchingPointcut(PreAuthorize.class, true));
        // reads the context itself: the supplier would fail on a call with no authentication at all,
        // which is the method's own rule to judge (e.g. permitAll)
        AuthorizationManager<MethodInvocation> stillActive = (authentication, invocation) ->
                new AuthorizationDecision(currentUser.getObject().isSessionValid());
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(pointcut, stillActive);
        // right after the method's own @PreAuthorize rule
        interceptor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder() + 1);
        return interceptor;
    }
}
