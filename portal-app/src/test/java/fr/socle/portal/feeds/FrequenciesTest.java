package fr.socle.portal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A dataset page shows its update frequency in the reader's language, whatever words its producer used. */
class FrequenciesTest {
  private final Frequencies frequencies = new Frequencies(messages());

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Test
  void recognisedFrequenciesReadInTheLanguageOfThePage() {
    assertThat(frequencies.label("monthly", Locale.FRENCH)).isEqualTo("Mensuelle");
    assertThat(frequencies.label("Mensuelle", Locale.ENGLISH)).isEqualTo("Monthly");
    assertThat(frequencies.label("annual", Locale.FRENCH)).isEqualTo("Annuelle");
    assertThat(frequencies.label("Quotidienne ou plusieurs fois par jour", Locale.ENGLISH)).isEqualTo("Daily");
    assertThat(frequencies.label("irregular", Locale.FRENCH)).isEqualTo("Irrégulière");
  }

  @Test
  void everyFrequencyHasALabelInBothLanguages() {
    for (Frequency frequency : Frequency.values()) {
      for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
        assertThat(messages().getMessage("frequency." + frequency.name(), null, null, locale))
            .as(frequency + " in " + locale).isNotBlank();
      }
    }
  }

  @Test
  void whatIsNotRecognisedIsShownAsWritten() {
    assertThat(frequencies.label("à chaque conseil municipal", Locale.FRENCH)).isEqualTo("à chaque conseil municipal");
    assertThat(frequencies.label(" ", Locale.FRENCH)).isNull();
    assertThat(frequencies.label(null, Locale.FRENCH)).isNull();
  }
}
