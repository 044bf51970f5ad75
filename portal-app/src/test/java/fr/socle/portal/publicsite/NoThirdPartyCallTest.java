package fr.socle.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The privacy notice promises no third-party call: no page loads a script, style, image, frame or font from another
 * site (links people follow are fine). Map tiles come only from {@code socle.map.tiles}, empty by default.
 */
class NoThirdPartyCallTest {
  private static final Pattern LOADED = Pattern.compile(
      "<(script|link|img|iframe|source|embed|object)\\b[^>]*\\b(src|href|data)=\"(https?:)?//", Pattern.CASE_INSENSITIVE);
  private static final Pattern CSS_IMPORT = Pattern.compile("(@import|url\\()\\s*['\"]?(https?:)?//");

  @Test
  void templatesAndStylesLoadNothingFromAnotherSite() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".css")
          || p.toString().endsWith(".js")).toList()) {
        String text = Files.readString(file);
        Matcher loaded = (file.toString().endsWith(".css") ? CSS_IMPORT : LOADED).matcher(text);
        while (loaded.find()) {
          found.add(file.getFileName() + ": " + loaded.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void mapTilesAreOffUnlessConfigured() throws IOException {
    String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
    assertThat(yaml).contains("tiles: ${SOCLE_MAP_TILES:}");
  }
}
