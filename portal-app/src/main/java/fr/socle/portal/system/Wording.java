package fr.socle.portal.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.context.MessageSource;

/**
 * A message of the portal's bundles and its arguments, as a refusal carries it: French where no reader's language is
 * at hand (logs, the API's details, an exception's message), the reader's language on a page.
 */
public record Wording(String key, Object... args) {
  public Wording {
    args = args.clone();
  }

  /** As Spring renders the bundle: the pattern as it is without arguments, through MessageFormat with some. */
  public String french() {
    // the root bundle (French), never the JVM's default locale's as a fallback
    String pattern = ResourceBundle.getBundle("messages", Locale.ROOT, Wording.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRENCH).format(args);
  }

  /** In the locale's language (French when the bundles have no other). */
  public String in(MessageSource messages, Locale locale) {
    return messages.getMessage(key, args, french(), locale);
  }
}
