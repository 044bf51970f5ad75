package fr.socle.portal.system;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The embedded Tomcat: its own error report gives way to {@link ServerErrorValve}. */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> serverErrorValve() {
    return new ErrorValveCustomizer();
  }

  /** Last in line: Spring Boot's own customizer puts Tomcat's report valve on the host first, and this replaces it. */
  static final class ErrorValveCustomizer
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(context -> {
        if (context.getParent() instanceof StandardHost host) {
          for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
              host.getPipeline().removeValve(valve);
            }
          }
          host.setErrorReportValveClass(ServerErrorValve.class.getName());
          host.getPipeline().addValve(new ServerErrorValve());
        }
      });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
