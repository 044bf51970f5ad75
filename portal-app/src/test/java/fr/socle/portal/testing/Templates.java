package fr.socle.portal.testing;

import fr.socle.portal.system.DateFormats;
import java.util.Map;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The portal's templates and messages as the application resolves them, for render tests without a server. */
public final class Templates {
  private Templates() {}

  public static SpringTemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setTemplateEngineMessageSource(messages);
    return engine;
  }

  /**
   * Adds to a template's variables the beans templates name, as the application context gives them
   * ({@code @dates}); they read the page's locale from {@code LocaleContextHolder}, which the caller sets.
   */
  public static Map<String, Object> withBeans(Map<String, Object> variables) {
    GenericApplicationContext beans = new GenericApplicationContext();
    beans.registerBean("dates", DateFormats.class);
    beans.refresh();
    variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(beans, null));
    return variables;
  }
}
