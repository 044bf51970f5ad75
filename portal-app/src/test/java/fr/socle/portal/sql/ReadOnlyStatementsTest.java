package fr.socle.portal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlyStatementsTest {
  private final ReadOnlyStatements statements = new ReadOnlyStatements();

  @ParameterizedTest(name = "accepted: {0}")
  @ValueSource(strings = {
      "SELECT 1",
      "select * from internal.finances.budget where annee = 2026",
      "SELECT 1;",
      "  SELECT 1 ;  \n",
      "WITH a AS (SELECT 1 AS x) SELECT x FROM a",
      "VALUES 1, 2, 3",
      "SELECT 1 UNION ALL SELECT 2 ORDER BY 1 LIMIT 1",
      "SELECT * FROM internal.finances.budget FOR VERSION AS OF 123",
      "SHOW CATALOGS",
      "SHOW SCHEMAS FROM internal",
      "SHOW TABLES FROM internal.finances",
      "SHOW COLUMNS FROM internal.finances.budget",
      "DESCRIBE internal.finances.budget",
      // Injection-like text that is data or comment, not a second statement.
      "SELECT '; DROP TABLE internal.finances.budget; --'",
      "SELECT 1 -- ; DROP TABLE internal.finances.budget",
      "SELECT 1 /* ; DELETE FROM t */",
  })
  void readsAreAccepted(String sql) {
    assertThat(statements.classify(sql)).isInstanceOf(ReadOnlyStatements.Verdict.Accepted.class);
  }

  @ParameterizedTest(name = "refused: {0} ({1})")
  @CsvSource(delimiter = '|', textBlock = """
      DROP TABLE internal.finances.budget                               | DROP TABLE
      INSERT INTO internal.finances.budget VALUES (1)                   | INSERT
      DELETE FROM internal.finances.budget                              | DELETE
      UPDATE internal.finances.budget SET montant = 0                   | UPDATE
      MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE      | MERGE
      TRUNCATE TABLE internal.finances.budget                           | TRUNCATE TABLE
      CREATE TABLE internal.x.t AS SELECT 1 AS a                        | CREATE TABLE AS SELECT
      CREATE TABLE internal.x.t (a bigint)                              | CREATE TABLE
      CREATE VIEW internal.x.v AS SELECT 1 AS a                         | CREATE VIEW
      ALTER TABLE internal.x.t ADD COLUMN b bigint                      | ADD COLUMN
      DROP SCHEMA internal.x                                            | DROP SCHEMA
      CALL system.runtime.kill_query(query_id => 'x', message => 'y')   | CALL
      SET SESSION query_max_run_time = '1h'                             | SET SESSION
      RESET SESSION query_max_run_time                                  | RESET SESSION
      SET ROLE admin                                                    | SET ROLE
      SET SESSION AUTHORIZATION admin                                   | SET SESSION AUTHORIZATION
      USE internal.finances                                             | USE
      PREPARE q FROM SELECT 1                                           | PREPARE
      EXECUTE q                                                         | EXECUTE
      EXECUTE IMMEDIATE 'DROP TABLE internal.finances.budget'           | EXECUTE IMMEDIATE
      DEALLOCATE PREPARE q                                              | DEALLOCATE
      DESCRIBE INPUT q                                                  | DESCRIBE INPUT
      EXPLAIN ANALYZE SELECT 1                                          | EXPLAIN ANALYZE
      EXPLAIN SELECT 1                                                  | EXPLAIN
      SHOW CREATE TABLE internal.finances.budget                        | SHOW CREATE
      SHOW STATS FOR internal.finances.budget                           | SHOW STATS
      SHOW SESSION                                                      | SHOW SESSION
      GRANT SELECT ON internal.finances.budget TO alice                 | GRANT
      COMMENT ON TABLE internal.finances.budget IS 'x'                  | COMMENT
      START TRANSACTION                                                 | START TRANSACTION
      /* looks like a read */ DROP TABLE internal.finances.budget       | DROP TABLE
      """)
  void everythingElseIsRefusedAndNamed(String sql, String kind) {
    ReadOnlyStatements.Verdict verdict = statements.classify(sql);

    assertThat(verdict).isInstanceOf(ReadOnlyStatements.Verdict.Refused.class);
    assertThat(((ReadOnlyStatements.Verdict.Refused) verdict).message())
        .startsWith("la console n'exécute que des lectures")
        .endsWith("instruction " + kind + " refusée");
  }

  @ParameterizedTest(name = "several statements: {0}")
  @ValueSource(strings = {
      "SELECT 1; DROP TABLE internal.finances.budget",
      "SELECT 1; SELECT 2",
      "SELECT 1;\nDELETE FROM t;",
  })
  void aSecondStatementIsRefused(String sql) {
    assertThat(statements.classify(sql))
        .isEqualTo(new ReadOnlyStatements.Verdict.Refused(fr.socle.lakehouse.query.QueryException.Code.NOT_READ_ONLY,
            "une seule instruction à la fois : retirez ce qui suit le point-virgule"));
  }

  @ParameterizedTest(name = "invalid: [{0}]")
  @ValueSource(strings = {"", "   ", ";", "SELEC 1", "SELECT FROM WHERE", "DROP"})
  void blankOrInvalidTextIsRefusedWithoutReachingTrino(String sql) {
    assertThat(statements.classify(sql)).isInstanceOf(ReadOnlyStatements.Verdict.Refused.class);
  }

  @org.junit.jupiter.api.Test
  void theTextSentToTrinoIsTheTextParsedWithoutTheFinalSemicolon() {
    assertThat(statements.classify("  SELECT 'a;b' ;\n"))
        .isEqualTo(new ReadOnlyStatements.Verdict.Accepted("SELECT 'a;b'", "QUERY", java.util.List.of()));
  }

  /** The tables named in full, wherever they are in the statement: what the console checks when Trino errs. */
  @org.junit.jupiter.api.Test
  void theTablesAStatementNamesInFullAreKnown() {
    ReadOnlyStatements.Verdict verdict = statements.classify("WITH w AS (SELECT * FROM open.voirie.t1) "
        + "SELECT a.x + 1 FROM internal.rh.salaires a JOIN w ON true "
        + "WHERE a.y IN (SELECT z FROM Internal.RH.\"Salaires$snapshots\") AND a.z IN (SELECT 1 FROM rh.court)");
    assertThat(((ReadOnlyStatements.Verdict.Accepted) verdict).tables()).containsExactly(
        new fr.socle.policies.access.TableRef("open", "voirie", "t1"),
        new fr.socle.policies.access.TableRef("internal", "rh", "salaires"),
        new fr.socle.policies.access.TableRef("internal", "rh", "salaires$snapshots"));
    assertThat(((ReadOnlyStatements.Verdict.Accepted) statements.classify("DESCRIBE internal.rh.salaires")).tables())
        .containsExactly(new fr.socle.policies.access.TableRef("internal", "rh", "salaires"));
  }

  /** « TABLE t » reads the hidden columns too, which Trino refuses as if the table did not exist: told plainly. */
  @ParameterizedTest(name = "TABLE form: {0}")
  @ValueSource(strings = {"TABLE internal.finances.budget", "SELECT * FROM (TABLE internal.finances.budget)",
      "SELECT 1 UNION ALL TABLE internal.finances.budget"})
  void theTableFormIsRefusedWithWhatToWriteInstead(String sql) {
    assertThat(statements.classify(sql)).isInstanceOfSatisfying(ReadOnlyStatements.Verdict.Refused.class,
        refused -> assertThat(refused.message()).contains("écrivez SELECT * FROM"));
  }

  /** A BI tool's statement names tables within its session's catalog and schema. */
  @org.junit.jupiter.api.Test
  void namesAreCompletedWithTheSessionsCatalogAndSchema() {
    assertThat(NamedTables.in("SELECT * FROM salaires JOIN voirie.t ON true JOIN open.voirie.t2 ON true",
        "internal", "rh")).containsExactly(new fr.socle.policies.access.TableRef("internal", "rh", "salaires"),
        new fr.socle.policies.access.TableRef("internal", "voirie", "t"),
        new fr.socle.policies.access.TableRef("open", "voirie", "t2"));
    assertThat(NamedTables.in("SELECT * FROM salaires", null, null)).isEmpty();
    assertThat(NamedTables.in("SELEC pas du SQL", "internal", "rh")).isEmpty();
    assertThat(NamedTables.in("EXECUTE IMMEDIATE 'SELECT * FROM internal.rh.salaires'", null, null))
        .containsExactly(new fr.socle.policies.access.TableRef("internal", "rh", "salaires"));
  }
}
