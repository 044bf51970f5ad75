package fr.socle.portal.explore;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.testing.NodeTools;
import fr.socle.portal.testing.OpenTestDatasets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Opendatasoft's published JavaScript client ({@code @opendatasoft/api-client}, pinned in
 * {@code src/test/node/package-lock.json}) runs unchanged against the portal: catalogue, records with where,
 * group_by and order_by, facets, exports, errors. Skipped, saying so, when Node.js is not installed.
 */
class ApiClientNodeIT {

  @Test
  void opendatasoftsJavaScriptClientWorksAgainstSocle() throws Exception {
    Path work = NodeTools.install("node", "the @opendatasoft/api-client test", "test.mjs");

    String suffix = Long.toHexString(System.nanoTime() & 0xffffff);
    try (OpenTestDatasets datasets = new OpenTestDatasets(Stack.get())) {
      String id = "it-jsclient-" + suffix;
      Equipements.publish(datasets, "it_explore", "jsclient_" + suffix, id);
      ExplorePortal.awaitDataset(id);
      String second = datasets.recordId("it_explore", "jsclient_" + suffix, "nb = 2");
      assertThat(NodeTools.run(work, List.of("node", "test.mjs", ExplorePortal.url(), id, second), 300))
          .as("node test.mjs (see its output above)").isZero();
    }
  }
}
