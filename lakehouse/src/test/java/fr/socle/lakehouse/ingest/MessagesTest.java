package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * French first, English available: every message of ingestion is in both bundles, formats as written (no
 * argument left unfilled, no apostrophe eaten by MessageFormat), and every key the code names exists.
 */
class MessagesTest {
  private static final String FRENCH = "fr/socle/lakehouse/ingest/Messages.properties";
  private static final String ENGLISH = "fr/socle/lakehouse/ingest/Messages_en.properties";
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");
  private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");

  @Test
  void everyFrenchMessageHasAnEnglishOneAndTheReverse() throws IOException {
    assertThat(load(ENGLISH).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(
        load(FRENCH).stringPropertyNames());
  }

  @Test
  void everyMessageRendersWholeInBothLanguages() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String file : List.of(FRENCH, ENGLISH)) {
      Properties bundle = load(file);
      Locale locale = file.equals(FRENCH) ? Locale.FRENCH : Locale.ENGLISH;
      for (String key : bundle.stringPropertyNames()) {
        String pattern = bundle.getProperty(key);
        String rendered = new Message(key, samples(pattern)).render(locale);
        boolean apostrophesKept = pattern.replace("''", "'").chars().filter(c -> c == '\'').count()
            == rendered.chars().filter(c -> c == '\'').count();
        if (rendered.contains("{") || rendered.contains("}") || !apostrophesKept || rendered.isBlank()) {
          wrong.add(file + ": " + key + " → " + rendered);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void frenchAndEnglishAreDifferentSentences() {
    Message message = Message.of("row.value", "12,5a", "nombre attendu");

    assertThat(message.render(Locale.FRENCH)).isEqualTo("valeur « 12,5a » : nombre attendu");
    assertThat(message.render(Locale.ENGLISH)).isEqualTo("value “12,5a”: nombre attendu");
    assertThat(message.render(Locale.forLanguageTag("en-GB"))).isEqualTo("value “12,5a”: nombre attendu");
    // a language without a bundle reads French, as the portal does
    assertThat(message.render(Locale.GERMAN)).isEqualTo("valeur « 12,5a » : nombre attendu");
  }

  /** On a server whose default locale is English, French stays French: no fallback to the default locale. */
  @Test
  void frenchDoesNotFallBackToTheServersLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      assertThat(Message.of("row.expected.double").french()).isEqualTo("nombre attendu");
      assertThat(new IngestionException(IngestionException.Code.EMPTY_FILE, Message.of("file.empty")).getMessage())
          .isEqualTo("le fichier est vide : aucune ligne d'en-tête");
    } finally {
      Locale.setDefault(before);
    }
  }

  /** A key in the code with no message would fail only when a file hits it; a message no code names is dead. */
  @Test
  void theKeysTheCodeNamesAreTheBundlesKeys() throws IOException {
    Set<String> keys = load(FRENCH).stringPropertyNames();
    Set<String> prefixes = new TreeSet<>();
    keys.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.'))));
    Set<String> named = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/java/fr/socle/lakehouse/ingest"),
        Path.of("src/main/java/fr/socle/lakehouse/load"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher literal = LITERAL.matcher(Files.readString(file));
          while (literal.find()) {
            String text = literal.group(1);
            if (prefixes.contains(text.substring(0, text.indexOf('.')))) {
              named.add(text);
            }
          }
        }
      }
    }
    assertThat(named).isEqualTo(new TreeSet<>(keys));
  }

  /** One sample per argument the pattern names: plain words, so what is left of the pattern shows. */
  private static List<String> samples(String pattern) {
    int count = 0;
    Matcher argument = ARGUMENT.matcher(pattern);
    while (argument.find()) {
      count = Math.max(count, Integer.parseInt(argument.group(1)) + 1);
    }
    List<String> samples = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      samples.add("argument" + i);
    }
    return samples;
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
