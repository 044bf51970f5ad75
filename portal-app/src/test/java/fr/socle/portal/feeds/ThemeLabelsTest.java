package fr.socle.portal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ThemeLabelsTest {

  @Test
  void euThemesGetTheirEnglishLabelInEnglishOnly() {
    assertThat(ThemeLabels.label("Économie et finances", Locale.ENGLISH)).isEqualTo("Economy and finance");
    assertThat(ThemeLabels.label("economie et finances", Locale.ENGLISH)).isEqualTo("Economy and finance");
    assertThat(ThemeLabels.label("Économie et finances", Locale.FRENCH)).isEqualTo("Économie et finances");
    // a word the matcher knows is not the theme's label: a collectivité's own theme stays as written
    assertThat(ThemeLabels.label("budget", Locale.ENGLISH)).isEqualTo("budget");
    assertThat(ThemeLabels.label("Vie associative", Locale.ENGLISH)).isEqualTo("Vie associative");
    assertThat(ThemeLabels.label(null, Locale.ENGLISH)).isNull();
  }
}
