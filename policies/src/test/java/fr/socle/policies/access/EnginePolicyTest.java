package fr.socle.policies.access;

import static fr.socle.policies.access.Fixtures.ALICE;
import static fr.socle.policies.access.Fixtures.BRUNO;
import static fr.socle.policies.access.Fixtures.CHLOE;
import static fr.socle.policies.access.Fixtures.NOW;
import static fr.socle.policies.access.Fixtures.dataset;
import static fr.socle.policies.access.Fixtures.grant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnginePolicyTest {
  private final DatasetFacts finances = dataset("budget", "finances", Visibility.CONFIDENTIAL);
  private final DatasetFacts reports = dataset("reports", "voirie", Visibility.DISCOVERABLE, true);
  private final Grant chloeReports = grant("reports", new Grantee.User("chloe")).columns("id", "code_commune")
      .rows(new RowFilter("code_commune", RowFilter.Operator.EQUALS, List.of("37261"))).build();
  private final EnginePolicy policy =
      new EnginePolicy(new PolicySnapshot(List.of(finances, reports), List.of(chloeReports)).at(NOW));

  @Test
  void informationSchemaIsReachableAndFilteredByTrino() {
    TableRef tables = new TableRef("internal", "information_schema", "tables");

    assertThat(policy.select(ALICE, tables, Set.of("table_schema", "table_name")).allowed()).isTrue();
    assertThat(policy.select(Subject.unknown("public"), tables, Set.of("table_name")).allowed()).isFalse();
  }

  @Test
  void confidentialTableIsUnknownToAnotherService() {
    assertThat(policy.seeTable(ALICE, finances.table()).allowed()).isTrue();
    assertThat(policy.seeTable(BRUNO, finances.table()).allowed()).isFalse();
  }

  @Test
  void partnerReadsGrantedColumnsOnlyAndNeverMetadataTables() {
    assertThat(policy.select(CHLOE, reports.table(), Set.of("id", "code_commune")).allowed()).isTrue();
    assertThat(policy.select(CHLOE, reports.table(), Set.of("id", "email")).allowed()).isFalse();
    assertThat(policy.visibleColumns(CHLOE, reports.table(), List.of("id", "code_commune", "email")))
        .containsExactlyInAnyOrder("id", "code_commune");
    TableRef files = new TableRef("internal", reports.table().schema(), reports.table().table() + "$files");
    assertThat(policy.seeTable(CHLOE, files).allowed()).isFalse();
    assertThat(policy.rowFilter(CHLOE, reports.table()))
        .contains(new ViewExpression("(\"code_commune\" = '37261')", false));
  }

  /** SHOW CREATE TABLE names every column and the location: for those who read the whole table only. */
  @Test
  void aTablesWholeDefinitionIsForThoseWhoReadAllOfIt() {
    assertThat(policy.showCreateTable(ALICE, finances.table()).allowed()).isTrue();
    assertThat(policy.showCreateTable(CHLOE, reports.table()).reason())
        .contains("columns outside the subject's grant");
    assertThat(policy.showCreateTable(CHLOE, reports.table()).allowed()).isFalse();
    assertThat(policy.showCreateTable(BRUNO, finances.table()).allowed()).isFalse();
    assertThat(policy.showCreateTable(Fixtures.ADMIN, reports.table()).allowed()).isTrue();
  }

  @Test
  void discoverableDatasetShowsItsSchemaButNoRows() {
    assertThat(policy.seeTable(BRUNO, reports.table()).allowed()).isTrue();
    assertThat(policy.visibleColumns(BRUNO, reports.table(), List.of("id", "email"))).hasSize(2);
    assertThat(policy.select(BRUNO, reports.table(), Set.of("id")).allowed()).isFalse();
  }

  @Test
  void nobodyCreatesTablesAtAChosenLocationNorWritesThroughTrino() {
    assertThat(policy.write(Fixtures.ADMIN, "internal", Map.of("location", java.util.Optional.of("file:///etc")))
        .allowed()).isFalse();
    // the Iceberg connector's own ways to put the files elsewhere
    assertThat(policy.write(Fixtures.ADMIN, "internal", Map.of("data_location", java.util.Optional.of("file:///tmp"),
        "object_store_layout_enabled", java.util.Optional.of("true"))).allowed()).isFalse();
    assertThat(policy.write(Fixtures.ADMIN, "internal",
        Map.of("extra_properties", java.util.Optional.of("{\"write.data.path\":\"file:///tmp\"}"))).allowed()).isFalse();
    assertThat(policy.write(Fixtures.ADMIN, "internal", Map.of("partitioning", java.util.Optional.of("[\"year(d)\"]")))
        .allowed()).isTrue();
    assertThat(policy.write(ALICE, "internal", Map.of()).allowed()).isFalse();
  }

  @Test
  void portalNeverActsAsAdmin() {
    Subject portal = Subject.unknown(Principals.PORTAL);
    assertThat(policy.impersonate(portal, Fixtures.ADMIN).allowed()).isFalse();
    assertThat(policy.impersonate(portal, ALICE).allowed()).isTrue();
    assertThat(policy.impersonate(portal, Subject.unknown("public")).allowed()).isTrue();
    assertThat(policy.impersonate(Subject.unknown(Principals.PUBLIC_PORTAL), ALICE).allowed()).isFalse();
  }

  /** Admin may act as a person (audited), never as a principal that is not one: the portal, public, a robot. */
  @Test
  void adminActsAsPeopleOnlyNeverAsAReservedPrincipal() {
    assertThat(policy.impersonate(Fixtures.ADMIN, ALICE).allowed()).isTrue();
    for (String reserved : java.util.List.of(Principals.PORTAL, Principals.PUBLIC_PORTAL, "public",
        "service-account-robot")) {
      assertThat(policy.impersonate(Fixtures.ADMIN, Subject.unknown(reserved)).rule())
          .as(reserved).isEqualTo("reserved-target");
    }
  }

  /** Where the files are (hidden columns, the open tier's metadata tables) is the operator's, even for readers. */
  @Test
  void fileLocationsAreTheOperatorsOnly() {
    assertThat(policy.select(ALICE, finances.table(), Set.of("id")).allowed()).isTrue();
    assertThat(policy.select(ALICE, finances.table(), Set.of("id", "$path")).rule()).isEqualTo("storage-details");
    assertThat(policy.select(Fixtures.ADMIN, finances.table(), Set.of("$path")).allowed()).isTrue();
    TableRef openProperties = new TableRef("open", "voirie", "reports$properties");
    assertThat(policy.select(Subject.unknown("public"), openProperties, Set.of("key", "value")).allowed()).isFalse();
    assertThat(policy.select(CHLOE, new TableRef("open", "voirie", "reports"), Set.of("$path")).allowed()).isFalse();
    assertThat(policy.showCreateTable(CHLOE, new TableRef("open", "voirie", "reports")).rule())
        .isEqualTo("storage-details");
  }
}
