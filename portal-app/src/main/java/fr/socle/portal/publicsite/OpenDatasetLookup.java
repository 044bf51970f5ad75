package fr.socle.portal.publicsite;

import fr.socle.lakehouse.promotion.Publications;
import fr.socle.portal.explore.PublishedDataset;
import fr.socle.portal.explore.PublishedDatasets;
import fr.socle.portal.system.PageRefusal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A published dataset for its public pages; a retracted one's tombstone (410: when and why, as the DCAT feed and
 * the API tell it); else a 404 page, the same for an unknown id and for a dataset never published.
 */
@Component
class OpenDatasetLookup {
  private final PublishedDatasets datasets;
  private final Publications publications;

  OpenDatasetLookup(PublishedDatasets datasets, Publications publications) {
    this.datasets = datasets;
    this.publications = publications;
  }

  PublishedDataset find(String id) {
    return datasets.find(id).orElseThrow(() -> gone(id));
  }

  private RuntimeException gone(String id) {
    return publications.find(id)
        .filter(p -> p.state() == fr.socle.lakehouse.promotion.PublishedDataset.State.RETRACTED)
        .filter(p -> p.tombstone() != null && !publications.versions(id).isEmpty())
        .<RuntimeException>map(p -> new WithdrawnDataset(id, p.tombstone()))
        .orElseGet(() -> PageRefusal.notFound("site.error.noDataset"));
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
