package fr.socle.policies.access;

import static fr.socle.policies.access.Fixtures.ADMIN;
import static fr.socle.policies.access.Fixtures.ALICE;
import static fr.socle.policies.access.Fixtures.BRUNO;
import static fr.socle.policies.access.Fixtures.CHLOE;
import static fr.socle.policies.access.Fixtures.DORA;
import static fr.socle.policies.access.Fixtures.NOW;
import static fr.socle.policies.access.Fixtures.STRANGER;
import static fr.socle.policies.access.Fixtures.dataset;
import static fr.socle.policies.access.Fixtures.grant;
import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.access.ReadScope.Access;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetPolicyTest {
  private final DatasetPolicy policy = new DatasetPolicy();

  static Stream<Arguments> withoutGrants() {
    return Stream.of(
        // subject, service of the dataset, visibility, partners may discover, expected access
        Arguments.of(ALICE, "finances", Visibility.CONFIDENTIAL, false, Access.FULL),
        Arguments.of(BRUNO, "finances", Visibility.CONFIDENTIAL, false, Access.NONE),
        Arguments.of(BRUNO, "finances", Visibility.DISCOVERABLE, false, Access.METADATA),
        Arguments.of(BRUNO, "finances", Visibility.SHARED, false, Access.FULL),
        Arguments.of(CHLOE, "finances", Visibility.SHARED, false, Access.NONE),
        Arguments.of(CHLOE, "finances", Visibility.DISCOVERABLE, false, Access.NONE),
        Arguments.of(CHLOE, "finances", Visibility.DISCOVERABLE, true, Access.METADATA),
        Arguments.of(DORA, "ressources-humaines", Visibility.CONFIDENTIAL, false, Access.FULL),
        Arguments.of(ADMIN, "ressources-humaines", Visibility.CONFIDENTIAL, false, Access.FULL),
        Arguments.of(STRANGER, "finances", Visibility.SHARED, false, Access.NONE),
        Arguments.of(STRANGER, "finances", Visibility.DISCOVERABLE, true, Access.NONE));
  }

  @ParameterizedTest(name = "{0} on a {2} dataset of {1} (partners {3}) → {4}")
  @MethodSource("withoutGrants")
  void visibilityDecidesWithoutGrants(Subject subject, String service, Visibility visibility, boolean partners,
      Access expected) {
    ReadScope scope = policy.scope(subject, dataset("ds", service, visibility, partners), List.of(), NOW);

    assertThat(scope.access()).isEqualTo(expected);
    assertThat(scope.reasons()).isNotEmpty();
  }

  @Test
  void stewardReadsHisDatasetWhateverTheService() {
    Subject steward = new Subject("steward-of-ds", java.util.Set.of(Role.AGENT), java.util.Set.of("/services/voirie"));

    assertThat(policy.scope(steward, dataset("ds", "finances", Visibility.CONFIDENTIAL), List.of(), NOW).access())
        .isEqualTo(Access.FULL);
  }

  @Test
  void partnerReadsThroughHisOrganisationsGrantOnly() {
    Grant grant = grant("ds", new Grantee.Organisation("labo-mobilite")).columns("id", "montant").build();

    ReadScope chloe = policy.scope(CHLOE, dataset("ds", "voirie", Visibility.CONFIDENTIAL), List.of(grant), NOW);
    ReadScope other = policy.scope(new Subject("zoe", java.util.Set.of(Role.PARTNER),
        java.util.Set.of("/partenaires/commune-voisine")), dataset("ds", "voirie", Visibility.CONFIDENTIAL),
        List.of(grant), NOW);

    assertThat(chloe.access()).isEqualTo(Access.GRANTED);
    assertThat(chloe.visibleColumns(List.of("id", "code_commune", "montant", "email"))).containsExactly("id", "montant");
    assertThat(other.access()).isEqualTo(Access.NONE);
  }

  @Test
  void expiredOrRevokedGrantsGiveNothing() {
    Grant expired = grant("ds", new Grantee.User("chloe")).expiresAt(NOW).build();
    Grant revoked = grant("ds", new Grantee.User("chloe")).revokedAt(NOW.minusSeconds(1)).build();
    Grant live = grant("ds", new Grantee.User("chloe")).expiresAt(NOW.plusSeconds(1)).build();

    assertThat(policy.scope(CHLOE, dataset("ds", "voirie", Visibility.CONFIDENTIAL), List.of(expired, revoked), NOW)
        .access()).isEqualTo(Access.NONE);
    assertThat(policy.scope(CHLOE, dataset("ds", "voirie", Visibility.CONFIDENTIAL), List.of(live), NOW).access())
        .isEqualTo(Access.GRANTED);
  }

  @Test
  void groupGrantCoversSubgroupsButNotSiblings() {
    Grant grant = grant("ds", new Grantee.Group("/services/urbanisme")).build();
    Subject subgroup = new Subject("ines", java.util.Set.of(Role.AGENT), java.util.Set.of("/services/urbanisme/sig"));

    assertThat(policy.scope(subgroup, dataset("ds", "voirie", Visibility.CONFIDENTIAL), List.of(grant), NOW).access())
        .isEqualTo(Access.GRANTED);
    assertThat(policy.scope(ALICE, dataset("ds", "voirie", Visibility.CONFIDENTIAL), List.of(grant), NOW).access())
        .isEqualTo(Access.NONE);
  }

  @Test
  void grantOfAnotherDatasetDoesNotCount() {
    Grant grant = grant("other", new Grantee.User("chloe")).build();

    assertThat(policy.scope(CHLOE, dataset("ds", "voirie", Visibility.CONFIDENTIAL), List.of(grant), NOW).access())
        .isEqualTo(Access.NONE);
  }

  @Test
  void grantWhoseFilterNoLongerFitsTheTableOpensNothing() {
    Grant stale = grant("ds", new Grantee.User("chloe"))
        .rows(new RowFilter("dropped_column", RowFilter.Operator.EQUALS, List.of("x"))).build();

    assertThat(policy.scope(CHLOE, dataset("ds", "voirie", Visibility.CONFIDENTIAL), List.of(stale), NOW).access())
        .isEqualTo(Access.NONE);
  }

  @Test
  void deletedDatasetIsGoneEvenForAdmin() {
    DatasetFacts live = dataset("ds", "finances", Visibility.SHARED);
    DatasetFacts gone = new DatasetFacts(live.id(), live.table(), live.producerService(), live.steward(),
        live.visibility(), false, false, live.columns());

    assertThat(policy.scope(ADMIN, gone, List.of(), NOW).access()).isEqualTo(Access.NONE);
  }
}
