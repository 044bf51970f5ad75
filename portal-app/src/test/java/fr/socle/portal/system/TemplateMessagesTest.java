package fr.socle.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message a template names literally exists (a missing one shows as ??key?? to the person). */
class TemplateMessagesTest {
  private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

  @Test
  void everyLiteralMessageKeyOfTheTemplatesExists() throws IOException {
    Properties messages = new Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages.properties")) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> missing = new ArrayList<>();
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher matcher = KEY.matcher(Files.readString(template));
        while (matcher.find()) {
          if (!messages.containsKey(matcher.group(1))) {
            missing.add(template.getFileName() + ": " + matcher.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
