package fr.socle.lakehouse.promotion;

import static java.util.Objects.requireNonNull;

import fr.socle.lakehouse.catalog.Dataset;
import java.util.Locale;
import org.apache.iceberg.catalog.TableIdentifier;
import org.jspecify.annotations.Nullable;

/**
 * What is published, from where, to where: a dataset of the catalogue as {@code open.<domain>.<table>} under its
 * own id, or the derived aggregate of a dataset communicable to the person concerned only, as a dataset of its own
 * ({@code <id>-agrege}, {@code open.<domain>.<table>_agrege}).
 */
public record Publication(String id, String sourceDatasetId, TableIdentifier source, TableIdentifier target,
    Kind kind, String title, @Nullable String scdlSchema) {
  public Publication {
    requireNonNull(id, "id");
    requireNonNull(sourceDatasetId, "sourceDatasetId");
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    requireNonNull(kind, "kind");
    requireNonNull(title, "title");
    if (!id.matches("^[a-z0-9][a-z0-9-]{1,79}$")) {
      throw new IllegalArgumentException("invalid publication id " + id);
    }
  }

  /** A dataset published under its own id. */
  public enum Kind {
    DATASET,
    DERIVED_AGGREGATE;

    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Kind fromCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  public static Publication of(Dataset dataset) {
    return new Publication(dataset.id(), dataset.id(), dataset.tableIdentifier(), dataset.tableIdentifier(),
        Kind.DATASET, dataset.metadata().title(), dataset.metadata().scdlSchema());
  }

  public static Publication derivedAggregate(Dataset dataset) {
    return new Publication(dataset.id() + "-agrege", dataset.id(), dataset.tableIdentifier(),
        TableIdentifier.of(dataset.domain(), dataset.tableName() + "_agrege"), Kind.DERIVED_AGGREGATE,
        dataset.metadata().title() + " (agrégat)", null);
  }

  /** {@code open.domain.table}, as Trino names it. */
  public String openName() {
    return "open." + target;
  }
}
