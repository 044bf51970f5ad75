package fr.socle.portal.explore;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.EmbeddedValueResolverAware;
import org.springframework.core.Ordered;
import org.springframework.util.StringValueResolver;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds an Explore API call's handler among the API's own mappings, ahead of the portal's hundred-odd. Spring MVC
 * compares a path with variables in it ({@code /catalog/datasets/{datasetId}/records}) with every mapping of its
 * handler mapping in turn: measured with the JDK's flight recorder, that comparison was a sixth of the portal's CPU
 * on a cached records call. The same annotations are read (the mappings under {@link #PREFIX}, whichever controller
 * declares them), so the same handler is found with the same rules; a path outside the API goes on to the portal's
 * mapping without a lookup.
 */
final class ExploreHandlerMapping
    implements HandlerMapping, Ordered, ApplicationContextAware, EmbeddedValueResolverAware, InitializingBean {
  static final String PREFIX = "/api/explore/";

  /** The portal's mappings whose paths are the API's, whichever controller declares them. */
  private final RequestMappingHandlerMapping mappings = new RequestMappingHandlerMapping() {
    @Override
    protected @Nullable RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
      RequestMappingInfo info = super.getMappingForMethod(method, handlerType);
      return info != null && info.getPatternValues().stream().anyMatch(path -> path.startsWith(PREFIX)) ? info : null;
    }
  };

  ExploreHandlerMapping(ContentNegotiationManager contentNegotiation) {
    mappings.setContentNegotiationManager(contentNegotiation);
  }

  @Override
  public void setApplicationContext(ApplicationContext context) {
    mappings.setApplicationContext(context);
  }

  /** The placeholders of mappings ({@code ${server.error.path:/error}}) resolved as the portal's mapping does. */
  @Override
  public void setEmbeddedValueResolver(StringValueResolver resolver) {
    mappings.setEmbeddedValueResolver(resolver);
  }

  @Override
  public void afterPropertiesSet() {
    mappings.afterPropertiesSet();
  }

  @Override
  public @Nullable HandlerExecutionChain getHandler(HttpServletRequest request) throws Exception {
    return request.getRequestURI().startsWith(PREFIX) ? mappings.getHandler(request) : null;
  }

  @Override
  public boolean usesPathPatterns() {
    return true;
  }

  /** Before the portal's request mappings (order 0). */
  @Override
  public int getOrder() {
    return -1;
  }
}
