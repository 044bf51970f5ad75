package fr.socle.policies.access;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builders for the demo town's people, datasets and grants. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  static final Subject ALICE = new Subject("alice", Set.of(Role.AGENT), Set.of("/services/finances"));
  static final Subject BRUNO = new Subject("bruno", Set.of(Role.AGENT), Set.of("/services/urbanisme"));
  static final Subject CHLOE = new Subject("chloe", Set.of(Role.PARTNER), Set.of("/partenaires/labo-mobilite"));
  static final Subject DORA =
      new Subject("dora", Set.of(Role.DATA_OFFICER, Role.AGENT), Set.of("/services/direction-generale"));
  static final Subject ADMIN = new Subject("admin", Set.of(Role.ADMIN), Set.of());
  static final Subject STRANGER = Subject.unknown("mallory");

  private Fixtures() {}

  static DatasetFacts dataset(String id, String service, Visibility visibility) {
    return dataset(id, service, visibility, false);
  }

  static DatasetFacts dataset(String id, String service, Visibility visibility, boolean partners) {
    Map<String, ValueType> columns = new LinkedHashMap<>();
    columns.put("id", ValueType.INTEGER);
    columns.put("code_commune", ValueType.STRING);
    columns.put("montant", ValueType.DECIMAL);
    columns.put("email", ValueType.STRING);
    columns.put("date_signalement", ValueType.DATE);
    return new DatasetFacts(id, new TableRef("internal", service.replace('-', '_'), id.replace('-', '_')), service,
        "steward-of-" + id, visibility, partners, true, columns);
  }

  static GrantBuilder grant(String datasetId, Grantee grantee) {
    return new GrantBuilder(datasetId, grantee);
  }

  static final class GrantBuilder {
    private final String datasetId;
    private final Grantee grantee;
    private Set<String> columns;
    private boolean maskOthers;
    private List<RowFilter> filters = List.of();
    private Instant expiresAt;
    private Instant revokedAt;
    private String id = "g1";

    GrantBuilder(String datasetId, Grantee grantee) {
      this.datasetId = datasetId;
      this.grantee = grantee;
    }

    GrantBuilder id(String value) {
      id = value;
      return this;
    }

    GrantBuilder columns(String... names) {
      columns = Set.of(names);
      return this;
    }

    GrantBuilder maskOthers() {
      maskOthers = true;
      return this;
    }

    GrantBuilder rows(RowFilter... value) {
      filters = List.of(value);
      return this;
    }

    GrantBuilder expiresAt(Instant value) {
      expiresAt = value;
      return this;
    }

    GrantBuilder revokedAt(Instant value) {
      revokedAt = value;
      return this;
    }

    Grant build() {
      return new Grant(id, datasetId, grantee, columns, maskOthers, filters, expiresAt, "étude mobilité",
          "convention-2026-12", "dora", NOW.minusSeconds(86400), revokedAt, revokedAt == null ? null : "dora");
    }
  }
}
