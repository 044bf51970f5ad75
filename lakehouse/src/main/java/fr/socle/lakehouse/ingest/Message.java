package fr.socle.lakehouse.ingest;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A sentence of ingestion told to a person, kept as a key of the {@code Messages} bundle of this package with its
 * arguments, so it can be read later in the reader's language: French (the root bundle) or English. Arguments are
 * plain text, quoted from the file or the request as they are (a value, a column name, a line number).
 */
public record Message(String key, List<String> args) {
  static final String BUNDLE = "fr.socle.lakehouse.ingest.Messages";

  /**
   * Never the JVM's default locale as a fallback: on a server set to English, a French reader would otherwise get
   * the English bundle; anything but English reads the root bundle, which is French.
   */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public Message {
    requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  /** The message {@code key} with its arguments, each as {@link String#valueOf} writes it. */
  public static Message of(String key, Object... args) {
    return new Message(key, Arrays.stream(args).map(String::valueOf).toList());
  }

  /** The sentence in {@code locale}'s language, French when there is no bundle for it. */
  public String render(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Message.class.getClassLoader(), NO_FALLBACK);
    return new MessageFormat(bundle.getString(key), locale).format(args.toArray());
  }

  /** The sentence in French: for logs, the command line and what is stored. */
  public String french() {
    return render(Locale.FRENCH);
  }
}
