package fr.socle.portal.publicsite;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** File sizes as people read them, for templates: {@code ${@fileSizes.size(bytes)}} gives "1,2 Mo" or "1.2 MB". */
@Component("fileSizes")
public class FileSizes {
  private static final String[] FRENCH = {"o", "ko", "Mo", "Go", "To"};
  private static final String[] ENGLISH = {"B", "kB", "MB", "GB", "TB"};

  public String size(long bytes) {
    return size(bytes, LocaleContextHolder.getLocale());
  }

  /** Decimal units (1 ko = 1,000 bytes), one decimal from the kilobyte on. */
  static String size(long bytes, Locale locale) {
    String[] units = locale.getLanguage().equals("fr") ? FRENCH : ENGLISH;
    double value = bytes;
    int unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(unit == 0 ? 0 : 1);
    return format.format(value) + "\u00a0" + units[unit];
  }
}
