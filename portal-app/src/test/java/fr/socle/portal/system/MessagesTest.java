package fr.socle.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** French first, English available: every visible string in both, and each one formats as written. */
class MessagesTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

  @Test
  void everyFrenchMessageHasAnEnglishOneAndTheReverse() throws IOException {
    Properties french = load("messages.properties");
    Properties english = load("messages_en.properties");

    assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
  }

  /** With arguments, a message goes through MessageFormat, where a lone apostrophe starts a quote and eats text. */
  @Test
  void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String file : List.of("messages.properties", "messages_en.properties")) {
      Properties messages = load(file);
      for (String key : messages.stringPropertyNames()) {
        String text = messages.getProperty(key);
        if (ARGUMENT.matcher(text).find()) {
          String formatted = new MessageFormat(text, Locale.FRENCH).format(new Object[] {1, 2, 3, 4, 5});
          if (text.replace("''", "'").chars().filter(c -> c == '\'').count()
              != formatted.chars().filter(c -> c == '\'').count()) {
            wrong.add(file + ": " + key);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
