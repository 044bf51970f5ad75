package fr.socle.portal.system;

import fr.socle.policies.access.Subject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French first, English available ({@code ?lang=en}, remembered in a cookie); a {@link Subject} parameter in a
 * controller is the signed-in person (or bearer of the token) as the policies see them.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
  static final Locale FRENCH = Locale.FRENCH;

  private final LayoutModel layout;

  WebConfiguration(LayoutModel layout) {
    this.layout = layout;
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("socle-lang");
    resolver.setDefaultLocale(FRENCH);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    return resolver;
  }

  @Bean
  FilterRegistrationBean<NulCharacterFilter> nulCharacterFilter() {
    FilterRegistrationBean<NulCharacterFilter> registration = new FilterRegistrationBean<>(new NulCharacterFilter());
    registration.setName("nulCharacters");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    // The JSON APIs are stateless (no cookie set), and the Explore API takes a "lang" of its own and its answers are
    // cached publicly; the /api documentation page is a page like the others.
    registry.addInterceptor(interceptor).excludePathPatterns("/api/*/**");
    registry.addInterceptor(layout).excludePathPatterns("/api/*/**");
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new SubjectResolver());
  }

  /** The current subject, or the anonymous public. */
  public static Subject currentSubject() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      return Subject.unknown(fr.socle.policies.access.Principals.PUBLIC);
    }
    return SocleAuthorities.subject(authentication);
  }

  private static final class SubjectResolver implements HandlerMethodArgumentResolver {
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType().equals(Subject.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
        NativeWebRequest request, WebDataBinderFactory binderFactory) {
      return currentSubject();
    }
  }
}
