package fr.socle.portal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which requests are uses, of which publication, and which answers count. */
class UsagePathsTest {

  @ParameterizedTest(name = "{0} {1} → {2} {3}")
  @CsvSource(nullValues = "-", textBlock = """
      GET,  /jeux/equipements,                                                        equipements,      VIEW
      GET,  /jeux/equipements/carte,                                                  equipements,      VIEW
      GET,  /jeux/budget-agrege/tableau,                                              budget-agrege,    VIEW
      GET,  /jeux/equipements/signaler,                                               -,                -
      GET,  /jeux/equipements/signaler/merci,                                         -,                -
      GET,  /jeux/equipements/signalements,                                           equipements,      VIEW
      POST, /jeux/equipements,                                                        -,                -
      HEAD, /jeux/equipements,                                                        -,                -
      GET,  /jeux,                                                                    -,                -
      GET,  /jeux/,                                                                   -,                -
      GET,  /api/public/publications/equipements/versions/3/exports/csv,              equipements,      DOWNLOAD
      GET,  /api/public/publications/equipements,                                     -,                -
      GET,  /api/public/publications/equipements/changelog,                           -,                -
      GET,  /api/explore/v2.1/catalog/datasets/equipements/exports/csv,               equipements,      DOWNLOAD
      GET,  /api/explore/v2.1/catalog/datasets/equipements/exports/geojson/,          equipements,      DOWNLOAD
      GET,  /api/explore/v2.1/catalog/datasets/equipements/exports,                   -,                -
      GET,  /api/explore/v2.1/catalog/datasets/equipements/records,                   equipements,      API_CALL
      GET,  /api/explore/v2.1/catalog/datasets/equipements/records/,                  equipements,      API_CALL
      GET,  /api/explore/v2.1/catalog/datasets/equipements/records/r-0001,            equipements,      API_CALL
      GET,  /api/explore/v2.1/catalog/datasets/equipements/facets,                    equipements,      API_CALL
      GET,  /api/explore/v2.1/catalog/datasets/equipements,                          -,                -
      GET,  /api/explore/v2.1/catalog/datasets,                                       -,                -
      GET,  /api/explore/v2.1/catalog/exports/csv,                                    -,                -
      GET,  /api/explore/v2.1/catalog/datasets/%2e%2e/records,                        -,                -
      GET,  /espace/jeux/equipements,                                                 -,                -
      """)
  void classifiesRequests(String method, String path, String publication, UsageKind kind) {
    Optional<UsagePaths.Hit> hit = UsagePaths.classify(method, path);
    if (publication == null) {
      assertThat(hit).isEmpty();
    } else {
      assertThat(hit).contains(new UsagePaths.Hit(publication, kind));
    }
  }

  @ParameterizedTest(name = "{0} Range={1} → {2}")
  @CsvSource(nullValues = "-", textBlock = """
      200, -,             true
      204, -,             true
      302, -,             true
      304, -,             true
      206, bytes=0-,      true
      206, bytes=0-1023,  true
      206, bytes=1024-,   false
      400, -,             false
      404, -,             false
      429, -,             false
      500, -,             false
      """)
  void onlySuccessfulAnswersCountAndAResumedDownloadOnce(int status, String range, boolean counts) {
    assertThat(UsagePaths.counts(status, range)).isEqualTo(counts);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(nullValues = "-", textBlock = """
      VIEW,     text/html;charset=UTF-8, true
      VIEW,     -,                       true
      VIEW,     application/json,        false
      DOWNLOAD, text/csv,                true
      API_CALL, application/json,        true
      """)
  void aViewIsAPageNotTheDataItsScriptFetches(UsageKind kind, String contentType, boolean page) {
    assertThat(UsagePaths.isPage(kind, contentType)).isEqualTo(page);
  }
}
