package fr.socle.portal.catalogue;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.SnapshotInfo;
import fr.socle.policies.access.Subject;
import fr.socle.portal.access.AccessException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Opens a dataset for a request of the pages or the API: NOT_FOUND for anything the person may not know of,
 * FORBIDDEN for reading data they may only discover, NOT_FOUND for a version the table never had.
 */
@Component
class DatasetLookup {
  private final InternalCatalogue catalogue;
  private final Catalogue store;

  DatasetLookup(InternalCatalogue catalogue, Catalogue store) {
    this.catalogue = catalogue;
    this.store = store;
  }

  /** A dataset as one person may see it, and the version asked for, if any. */
  record Opened(InternalCatalogue.Entry entry, ReadableTable table, @Nullable SnapshotInfo version) {
    @Nullable Long versionId() {
      return version == null ? null : version.snapshotId();
    }
  }

  Opened open(Subject me, String id, @Nullable Long version) {
    InternalCatalogue.Entry entry = catalogue.get(me, id);
    SnapshotInfo snapshot = null;
    if (version != null) {
      if (!entry.readable()) {
        throw dataOnRequest();
      }
      snapshot = store.snapshots(id).stream().filter(s -> s.snapshotId() == version).findFirst()
          .orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND, "version introuvable : " + version));
    }
    return new Opened(entry, ReadableTable.of(entry), snapshot);
  }

  Opened openReadable(Subject me, String id, @Nullable Long version) {
    Opened opened = open(me, id, version);
    if (!opened.entry().readable()) {
      throw dataOnRequest();
    }
    return opened;
  }

  static AccessException dataOnRequest() {
    return new AccessException(AccessException.Code.FORBIDDEN,
        "les données de ce jeu sont accessibles sur demande : demandez l'accès depuis sa fiche");
  }
}
