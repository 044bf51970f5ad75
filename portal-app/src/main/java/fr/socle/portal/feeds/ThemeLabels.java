package fr.socle.portal.feeds;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A dataset's theme as the reader's language writes it, for pages ({@code ${@themes.label(meta.theme())}}): a theme
 * of the EU vocabulary written as its French label gets its English one in English; any other stays as written.
 */
@Component("themes")
public class ThemeLabels {

  public @Nullable String label(@Nullable String theme) {
    return label(theme, LocaleContextHolder.getLocale());
  }

  static @Nullable String label(@Nullable String theme, Locale locale) {
    if (theme == null || !"en".equals(locale.getLanguage())) {
      return theme;
    }
    return DataTheme.of(theme).filter(t -> Words.folded(t.label()).equals(Words.folded(theme)))
        .map(DataTheme::english).orElse(theme);
  }
}
