package fr.socle.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

  /** PostgreSQL's text and jsonb refuse U+0000, which a statement sent to Trino may hold: the entry keeps ␀. */
  @Test
  void nulCharactersInDetailsAreKeptLegibleEverywhere() {
    Object details = AuditTrail.legible(Map.of("sql", "SELECT 'a\u0000b'", "tables", List.of("t\u0000", 3),
        "k\u0000", Map.of("inner", "x\u0000")));

    assertThat(details).isEqualTo(Map.of("sql", "SELECT 'a\u2400b'", "tables", List.of("t\u2400", 3),
        "k\u2400", Map.of("inner", "x\u2400")));
    assertThat(AuditTrail.legible((Object) null)).isNull();
    assertThat(AuditTrail.legible(42)).isEqualTo(42);
  }
}
