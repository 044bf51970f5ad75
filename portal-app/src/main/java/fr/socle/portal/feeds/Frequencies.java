package fr.socle.portal.feeds;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Update frequencies as people read them, for templates: {@code ${@frequencies.label(text)}} gives « Mensuelle » for a
 * catalogue entry's {@code monthly} on a French page and "Monthly" on an English one. A frequency not recognised is
 * shown as its producer wrote it.
 */
@Component("frequencies")
public class Frequencies {
  private final MessageSource messages;

  Frequencies(MessageSource messages) {
    this.messages = messages;
  }

  public @Nullable String label(@Nullable String text) {
    return label(text, LocaleContextHolder.getLocale());
  }

  @Nullable String label(@Nullable String text, Locale locale) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Frequency frequency = Frequency.of(text);
    return frequency == Frequency.UNKNOWN ? text : messages.getMessage("frequency." + frequency.name(), null, locale);
  }
}
