package fr.socle.portal.publicsite;

import fr.socle.portal.access.AccessException;
import fr.socle.portal.explore.PublishedDataset;
import fr.socle.portal.explore.PublishedDatasets;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A published dataset for its public pages, or a 404 page: never published, retracted and unknown ids look alike
 * (a retraction must not be told apart from a typo on the public site; the API's tombstones say more).
 */
@Component
class OpenDatasetLookup {
  private final PublishedDatasets datasets;

  OpenDatasetLookup(PublishedDatasets datasets) {
    this.datasets = datasets;
  }

  PublishedDataset find(String id) {
    return datasets.find(id).orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND,
        "ce jeu de données n'existe pas ou n'est plus publié"));
  }

  /** What every tab of a dataset page shows: the dataset, its header and which tab is open. */
  PublishedDataset open(String id, String tab, Model model) {
    PublishedDataset dataset = find(id);
    model.addAttribute("dataset", dataset);
    model.addAttribute("meta", dataset.metadata());
    model.addAttribute("tab", tab);
    model.addAttribute("hasMap", dataset.geometry() != null);
    return dataset;
  }
}
