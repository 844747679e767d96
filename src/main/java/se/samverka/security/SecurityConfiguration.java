package se.samverka.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains. The APIs ({@code /api/**}, {@code /engine-rest/**}, the OpenAPI document {@code /v3/api-docs})
 * take HTTP Basic only and keep no session, so CSRF does not apply to them. The browser UI uses form login with CSRF
 * on, except under {@code /camunda/**}, where the webapps run their own double-submit CSRF protection.
 *
 * <p>The engine's own interfaces, {@code /engine-rest/**} and the webapps under {@code /camunda/**} (Tasklist, Cockpit,
 * Admin and their {@code /camunda/api/**}), are for the administrator and integration accounts only
 * ({@link #ENGINE_GROUPS}); caseworkers work through Samverka's pages and {@code /api}, and get a Swedish 403 here.
 *
 * <p>The browser chain sends the security headers: our pages get a strict Content-Security-Policy ({@link #PAGE_POLICY},
 * no inline script or style, so a template must not carry {@code <script>}, {@code style=} or {@code on…=}); the
 * Camunda webapps under {@code /camunda/**} keep the policy their own header filter sets (a nonce per page, and the
 * {@code 'unsafe-eval'} and inline styles that AngularJS and form-js need), scoped to that path by the webapps' filter.
 */
@Configuration
class SecurityConfiguration {

  /**
   * Writing task or process comments and attachments (Tasklist's "Add comment", the REST API's comment and attachment
   * endpoints) would put free text and documents about a young person into the engine's history, outside the case
   * store and its secrecy rule. Case notes go through the forms or {@code /api/cases/{id}/notes} instead.
   */
  static final RequestMatcher FREE_TEXT_OUTSIDE_CASE_STORE = request -> !"GET".equals(request.getMethod())
      && (request.getRequestURI().contains("/comment") || request.getRequestURI().contains("/attachment"))
      && (request.getRequestURI().contains("/engine-rest/") || request.getRequestURI().contains("/camunda/api/"));

  /** The policy of Samverka's own pages: scripts, styles and forms from Samverka only, no framing, no plugins. */
  static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

  /** Browser features Samverka never uses, switched off for every page and anything a page might embed. */
  static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
      + "magnetometer=(), microphone=(), payment=(), usb=()";

  /** One year, as HSTS preload lists expect. */
  private static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

  /**
   * The groups whose members may use the engine's own interfaces: the administrator and integration accounts. The
   * engine's authorizations and the submission gate still apply to integration accounts inside the engine.
   */
  static final String[] ENGINE_GROUPS = {Groups.CAMUNDA_ADMIN, IdentityBootstrap.INTEGRATION_GROUP};

  @Bean
  AuthenticationManager authenticationManager(CamundaIdentityAuthenticationProvider provider) {
    return new ProviderManager(List.of(provider));
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, IdentityService identityService) throws Exception {
    var entryPoint = new BasicAuthenticationEntryPoint();
    entryPoint.setRealmName("Samverka");
    // Path matchers, not MVC matchers: /engine-rest is served by Jersey, outside Spring MVC.
    var paths = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/engine-rest/**"),
            paths.matcher("/v3/api-docs"), paths.matcher("/v3/api-docs/**")))
        .authorizeHttpRequests(a -> a.requestMatchers(FREE_TEXT_OUTSIDE_CASE_STORE).denyAll()
            .requestMatchers(paths.matcher("/engine-rest/**")).hasAnyAuthority(ENGINE_GROUPS)
            .anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(new SwedishAccessDenied()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain browserChain(HttpSecurity http, IdentityService identityService, SessionTimeout sessionTimeout,
      @Value("${samverka.web.hsts:false}") boolean hsts) throws Exception {
    var camunda = PathPatternRequestMatcher.withDefaults().matcher("/camunda/**");
    http.authorizeHttpRequests(a -> a
            .requestMatchers(FREE_TEXT_OUTSIDE_CASE_STORE).denyAll()
            .requestMatchers("/login", "/css/**", "/error", "/favicon.ico", "/actuator/health").permitAll()
            .requestMatchers("/camunda/**").hasAnyAuthority(ENGINE_GROUPS)
            .anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        // POST only (CSRF is on, so Spring Security's logout matches POST alone); the session cookie goes too, so the
        // next visit is not taken for a timed-out session.
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?utloggad").deleteCookies("JSESSIONID").permitAll())
        .sessionManagement(s -> s.invalidSessionStrategy(sessionTimeout))
        .csrf(c -> c.ignoringRequestMatchers("/camunda/**"))
        .headers(h -> {
          h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(camunda),
              new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)));
          h.frameOptions(f -> f.deny());
          h.contentTypeOptions(c -> { });
          h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN));
          h.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
          // Cache-Control: no-store (Spring Security's default) stays on for every page: pages show case data.
          if (hsts) {
            // Behind a TLS-terminating proxy the request may look like plain HTTP; a browser ignores HSTS over HTTP.
            h.httpStrictTransportSecurity(t -> t.requestMatcher(AnyRequestMatcher.INSTANCE)
                .maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true));
          } else {
            h.httpStrictTransportSecurity(t -> t.disable());
          }
        })
        .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), request -> request.getRequestURI().contains("/camunda/api/"))
            .accessDeniedHandler(new SwedishAccessDenied()))
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /** Lets the Camunda webapps trust the Spring Security session (runs after the Spring Security chain). */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSso() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("samverka-webapp-sso");
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.addInitParameter("authentication-provider", SpringSecurityWebappAuthenticationProvider.class.getName());
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}
