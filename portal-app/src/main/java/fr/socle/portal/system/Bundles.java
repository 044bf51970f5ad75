package fr.socle.portal.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's messages in French, read where no reader's language is at hand (logs, the API's details). */
public final class Bundles {
  private Bundles() {}

  /** As Spring renders the bundle: the pattern as it is without arguments, through MessageFormat with some. */
  public static String french(String key, Object... args) {
    // the root bundle (French), never the JVM's default locale's as a fallback
    String pattern = ResourceBundle.getBundle("messages", Locale.ROOT, Bundles.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRENCH).format(args);
  }
}
