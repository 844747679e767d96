package se.samverka.errors;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.Application;
import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the mappers of {@link EngineRestErrors} into both of the engine's JAX-RS interfaces. */
@Configuration(proxyBeanMethods = false)
class ErrorsConfiguration {

  /**
   * Tomcat's error valve replaced by {@link SwedishErrorReportValve}, after Spring Boot has put its own into the host
   * (hence the lowest precedence). The host is told the class too, so that it does not add Tomcat's default at start.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> swedishTomcatErrors() {
    return new SwedishTomcatErrors();
  }

  static final class SwedishTomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(context -> {
        var host = context.getParent();
        var pipeline = host.getPipeline();
        for (var valve : pipeline.getValves()) {
          if (valve instanceof org.apache.catalina.valves.ErrorReportValve) {
            pipeline.removeValve(valve);
          }
        }
        pipeline.addValve(new SwedishErrorReportValve());
        if (host instanceof org.apache.catalina.core.StandardHost standard) {
          standard.setErrorReportValveClass(SwedishErrorReportValve.class.getName());
        }
      });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }

  /** {@code /engine-rest}: Spring Boot's Jersey application. */
  @Bean
  ResourceConfigCustomizer engineRestErrors() {
    return config -> EngineRestErrors.MAPPERS.forEach(config::register);
  }

  @Bean
  WebappApis webappApiErrors(CamundaBpmProperties properties) {
    return new WebappApis(properties.getWebapp().getApplicationPath());
  }

  /**
   * {@code /camunda/api}: the webapps' starter registers each JAX-RS application as a Jersey servlet of its own, by
   * name, unless a servlet of that name is there already. These are the same servlets with the same applications, plus
   * the mappers, registered first. (Jersey reads no provider properties for an application that lists its classes.)
   */
  static final class WebappApis implements ServletContextInitializer, Ordered {

    private final String applicationPath;

    WebappApis(String applicationPath) {
      this.applicationPath = applicationPath;
    }

    @Override
    public void onStartup(ServletContext context) {
      register(context, "Cockpit Api", CockpitApplication.class, "/api/cockpit/*");
      register(context, "Admin Api", AdminApplication.class, "/api/admin/*");
      register(context, "Tasklist Api", TasklistApplication.class, "/api/tasklist/*");
      register(context, "Engine Api", EngineRestApplication.class, "/api/engine/*");
      register(context, "Welcome Api", WelcomeApplication.class, "/api/welcome/*");
    }

    private void register(ServletContext context, String name, Class<? extends Application> application,
        String mapping) {
      ResourceConfig config = ResourceConfig.forApplicationClass(application);
      EngineRestErrors.MAPPERS.forEach(config::register);
      context.addServlet(name, new ServletContainer(config)).addMapping(applicationPath + mapping);
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }
}
