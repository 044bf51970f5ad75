package fr.socle.portal.classification;

import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.ExemptionCategory;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import fr.socle.portal.access.AccessException;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Decisions ({@code portal.classification_decision}) and stated facts ({@code portal.classification_facts}):
 * versioned from 1, appended, never updated (the database refuses updates and deletes). Two decisions racing for
 * the same version: the second is refused as a conflict.
 */
@Repository
class DecisionStore {
  private static final String COLUMNS = "dataset_id, version, decided_at, decided_by, decided_on, status, legal_bases, "
      + "plan::text AS plan, exemption, communicable_from, justification, review_date, facts::text AS facts, "
      + "scan_id, snapshot_id, changes::text AS changes, signed_as";

  private final JdbcClient jdbc;
  private final ClassificationJson json;

  DecisionStore(JdbcClient jdbc, ClassificationJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Appends the next version; refused if another version was recorded since {@code previous}. */
  RecordedDecision append(String datasetId, int previous, Decision d, StatedFacts facts, @Nullable Long scanId,
      @Nullable Long snapshotId, List<String> changes, String signedAs, Instant at) {
    int version = previous + 1;
    try {
      int inserted = jdbc.sql("""
              INSERT INTO portal.classification_decision (dataset_id, version, decided_at, decided_by, decided_on,
                status, legal_bases, plan, exemption, communicable_from, justification, review_date, facts, scan_id,
                snapshot_id, changes, signed_as)
              SELECT :dataset, :version, :at, :by, :on, :status, CAST(:bases AS text[]), CAST(:plan AS jsonb),
                :exemption, :from, :justification, :review, CAST(:facts AS jsonb), :scan, :snapshot,
                CAST(:changes AS jsonb), :signed
              WHERE (SELECT coalesce(max(version), 0) FROM portal.classification_decision
                     WHERE dataset_id = :dataset) = :previous""")
          .param("dataset", datasetId)
          .param("version", version)
          .param("previous", previous)
          .param("at", Timestamp.from(at))
          .param("by", d.decidedBy())
          .param("on", Date.valueOf(d.decidedOn()))
          .param("status", d.status().name())
          .param("bases", textArray(d.legalBases().stream().map(LegalBasis::name).toList()))
          .param("plan", json.write(d.plan()))
          .param("exemption", d.exemption() == null ? null : d.exemption().name())
          .param("from", d.communicableFrom() == null ? null : Date.valueOf(d.communicableFrom()))
          .param("justification", d.justification())
          .param("review", Date.valueOf(d.reviewDate()))
          .param("facts", json.write(facts))
          .param("scan", scanId)
          .param("snapshot", snapshotId)
          .param("changes", json.writeLines(changes))
          .param("signed", signedAs)
          .update();
      if (inserted == 0) {
        throw conflict();
      }
    } catch (DuplicateKeyException e) {
      throw conflict();
    }
    return version(datasetId, version).orElseThrow(DecisionStore::conflict);
  }

  Optional<RecordedDecision> current(String datasetId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM portal.classification_decision WHERE dataset_id = :dataset "
            + "ORDER BY version DESC LIMIT 1")
        .param("dataset", datasetId)
        .query(this::map)
        .optional();
  }

  Optional<RecordedDecision> version(String datasetId, int version) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM portal.classification_decision WHERE dataset_id = :dataset "
            + "AND version = :version")
        .param("dataset", datasetId)
        .param("version", version)
        .query(this::map)
        .optional();
  }

  /** Every version, newest first. */
  List<RecordedDecision> history(String datasetId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM portal.classification_decision WHERE dataset_id = :dataset "
            + "ORDER BY version DESC")
        .param("dataset", datasetId)
        .query(this::map)
        .list();
  }

  /** The current decision of every decided dataset, by dataset id. */
  Map<String, RecordedDecision> currentOfEach() {
    Map<String, RecordedDecision> decisions = new HashMap<>();
    jdbc.sql("SELECT DISTINCT ON (dataset_id) " + COLUMNS + " FROM portal.classification_decision "
            + "ORDER BY dataset_id, version DESC")
        .query(this::map)
        .list()
        .forEach(d -> decisions.put(d.datasetId(), d));
    return decisions;
  }

  // ------------------------------------------------------------------------------------------------ facts

  /** The facts in force and their version (0 and {@link StatedFacts#NONE} when none were ever stated). */
  record VersionedFacts(int version, StatedFacts facts, @Nullable Instant statedAt, @Nullable String statedBy) {}

  VersionedFacts facts(String datasetId) {
    return jdbc.sql("SELECT version, facts::text AS facts, stated_at, stated_by FROM portal.classification_facts "
            + "WHERE dataset_id = :dataset ORDER BY version DESC LIMIT 1")
        .param("dataset", datasetId)
        .query((rs, n) -> new VersionedFacts(rs.getInt("version"), json.facts(rs.getString("facts")),
            rs.getTimestamp("stated_at").toInstant(), rs.getString("stated_by")))
        .optional()
        .orElse(new VersionedFacts(0, StatedFacts.NONE, null, null));
  }

  VersionedFacts stateFacts(String datasetId, int previous, StatedFacts facts, String by, Instant at) {
    try {
      int inserted = jdbc.sql("""
              INSERT INTO portal.classification_facts (dataset_id, version, stated_at, stated_by, facts)
              SELECT :dataset, :version, :at, :by, CAST(:facts AS jsonb)
              WHERE (SELECT coalesce(max(version), 0) FROM portal.classification_facts
                     WHERE dataset_id = :dataset) = :previous""")
          .param("dataset", datasetId)
          .param("version", previous + 1)
          .param("previous", previous)
          .param("at", Timestamp.from(at))
          .param("by", by)
          .param("facts", json.write(facts))
          .update();
      if (inserted == 0) {
        throw conflict();
      }
    } catch (DuplicateKeyException e) {
      throw conflict();
    }
    return new VersionedFacts(previous + 1, facts, at, by);
  }

  private RecordedDecision map(ResultSet rs, int row) throws SQLException {
    List<LegalBasis> bases = new ArrayList<>();
    Array array = rs.getArray("legal_bases");
    for (Object name : (Object[]) array.getArray()) {
      bases.add(LegalBasis.valueOf(String.valueOf(name)));
    }
    String exemption = rs.getString("exemption");
    Date from = rs.getDate("communicable_from");
    Decision decision = new Decision(Status.valueOf(rs.getString("status")), bases, json.plan(rs.getString("plan")),
        exemption == null ? null : ExemptionCategory.valueOf(exemption), from == null ? null : from.toLocalDate(),
        rs.getString("justification"), rs.getDate("review_date").toLocalDate(), rs.getString("decided_by"),
        rs.getDate("decided_on").toLocalDate());
    long scan = rs.getLong("scan_id");
    Long scanId = rs.wasNull() ? null : scan;
    long snapshot = rs.getLong("snapshot_id");
    Long snapshotId = rs.wasNull() ? null : snapshot;
    return new RecordedDecision(rs.getString("dataset_id"), rs.getInt("version"),
        rs.getTimestamp("decided_at").toInstant(), decision, json.facts(rs.getString("facts")), scanId, snapshotId,
        json.lines(rs.getString("changes")), rs.getString("signed_as"));
  }

  /** PostgreSQL array literal of simple names (enum constants: no quoting needed). */
  private static String textArray(List<String> names) {
    return "{" + String.join(",", names) + "}";
  }

  private static AccessException conflict() {
    return new AccessException(AccessException.Code.CONFLICT, "une autre version a été enregistrée entre-temps :"
        + " rechargez la page et reprenez à partir de la dernière");
  }
}
