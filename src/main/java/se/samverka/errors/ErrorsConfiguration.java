package se.samverka.errors;

import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the mappers of {@link EngineRestErrors} into both of the engine's JAX-RS interfaces. */
@Configuration(proxyBeanMethods = false)
class ErrorsConfiguration {

  /** Jersey reads this property (a servlet context parameter) when it builds each webapp's application. */
  static final String PROVIDER_CLASSNAMES = "jersey.config.server.provider.classnames";

  /** {@code /engine-rest}: Spring Boot's Jersey application. */
  @Bean
  ResourceConfigCustomizer engineRestErrors() {
    return config -> EngineRestErrors.MAPPERS.forEach(config::register);
  }

  /**
   * {@code /camunda/api}: the webapps register their JAX-RS applications as servlets of their own, which Jersey builds
   * from the application class plus the servlet context's parameters.
   */
  @Bean
  ServletContextInitializer webappApiErrors() {
    return context -> context.setInitParameter(PROVIDER_CLASSNAMES,
        EngineRestErrors.MAPPERS.stream().map(Class::getName).collect(Collectors.joining(",")));
  }
}
