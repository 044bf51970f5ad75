package fr.socle.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.communicability.ExemptionCategory;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.RowsDescribe;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.communicability.Theme;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.CoordinateForm;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string of the classification pages exists in French and in English, enum labels included. */
class ClassificationMessagesTest {
  private static final Pattern KEY = Pattern.compile("#\\{(classification\\.[a-zA-Z0-9.\\-]+)");

  @Test
  void frenchAndEnglishHaveTheSameKeysAndEveryKeyThePagesUse() throws IOException {
    Properties fr = load("messages.properties");
    Properties en = load("messages_en.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(fr.stringPropertyNames());

    Set<String> used = new TreeSet<>();
    try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/espace/classement"))) {
      for (Path template : templates.toList()) {
        Matcher matcher = KEY.matcher(Files.readString(template));
        while (matcher.find()) {
          String key = matcher.group(1);
          if (!key.endsWith(".")) {
            used.add(key);
          }
        }
      }
    }
    used.addAll(dynamicKeys());
    assertThat(used).isNotEmpty().allSatisfy(key -> {
      assertThat(fr.getProperty(key)).as("French " + key).isNotBlank();
      assertThat(en.getProperty(key)).as("English " + key).isNotBlank();
    });
  }

  /**
   * Spring formats a message with MessageFormat only when it has arguments: there an apostrophe is written twice,
   * elsewhere once.
   */
  @Test
  void apostrophesAreWrittenAsEachMessageIsFormatted() throws IOException {
    for (String file : List.of("messages.properties", "messages_en.properties")) {
      Properties messages = load(file);
      for (String key : messages.stringPropertyNames()) {
        String text = messages.getProperty(key);
        if (!key.startsWith("classification.")) {
          continue;
        }
        if (text.matches(".*\\{\\d.*")) {
          assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
        } else {
          assertThat(text).as(file + " " + key).doesNotContain("''");
        }
      }
    }
  }

  /** Keys the templates build from enum constants and codes. */
  private static List<String> dynamicKeys() {
    List<String> keys = new ArrayList<>();
    for (Status s : Status.values()) {
      keys.add("classification.status." + s.name());
    }
    for (QueueEntry.State s : QueueEntry.State.values()) {
      keys.add("classification.state." + s.name());
    }
    for (LegalBasis b : LegalBasis.values()) {
      keys.add("classification.basis." + b.name());
      keys.add("classification.group." + b.group().name());
    }
    for (FindingKind k : FindingKind.values()) {
      keys.add("classification.kind." + k.name());
    }
    for (ExemptionCategory c : ExemptionCategory.values()) {
      keys.add("classification.exemption." + c.name());
    }
    for (Theme t : Theme.values()) {
      keys.add("classification.theme." + t.name());
    }
    for (RowsDescribe r : RowsDescribe.values()) {
      keys.add("classification.rows." + r.name());
    }
    for (CoordinateForm f : CoordinateForm.values()) {
      keys.add("classification.form." + f.name());
    }
    for (String rule : DecisionForm.RULES) {
      keys.add("classification.rule." + rule);
    }
    for (var method : fr.socle.lakehouse.classification.SamplingMethod.values()) {
      keys.add("classification.scan.method." + method.code());
    }
    keys.add("classification.scan.done");
    keys.add("classification.facts.saved");
    keys.add("classification.decision.saved");
    return keys;
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)),
        StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
