package fr.socle.portal.decision;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The decision point listens on a loopback port of its own: Trino's OPA plugin sends no credentials, so its
 * endpoints must be unreachable from the public port, and the public pages unreachable from this one.
 */
@Configuration(proxyBeanMethods = false)
class DecisionPort {
  static final String PATH_PREFIX = "/trino";

  @Validated
  @ConfigurationProperties("socle.decision-point")
  record Settings(@NotBlank String address, int port) {}

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> decisionPortConnector(Settings settings) {
    return factory -> {
      Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
      connector.setPort(settings.port());
      try {
        connector.setProperty("address", InetAddress.getByName(settings.address()).getHostAddress());
      } catch (UnknownHostException e) {
        throw new IllegalStateException("decision point address " + settings.address(), e);
      }
      factory.addAdditionalConnectors(connector);
    };
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> decisionPortSeparation(Settings settings) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        boolean onDecisionPort = request.getLocalPort() == settings.port();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean decisionPath = path.equals(PATH_PREFIX) || path.startsWith(PATH_PREFIX + "/");
        if (onDecisionPort != decisionPath) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        chain.doFilter(request, response);
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
