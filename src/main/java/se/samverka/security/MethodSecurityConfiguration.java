package se.samverka.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Access to our endpoints is declared on each endpoint with {@code @PreAuthorize}; the authorities are the user's
 * Camunda group ids (see {@link CamundaIdentityAuthenticationProvider}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfiguration {}
