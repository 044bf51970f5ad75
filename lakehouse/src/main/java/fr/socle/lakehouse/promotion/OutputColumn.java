package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnType;
import fr.socle.policies.detection.ColumnContext;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.CoordinateForm;
import org.jspecify.annotations.Nullable;

/**
 * One column of the published table and how its value is made from the source row. {@code source} is the position
 * of the source column in the columns read; {@code latitude} the position of the row's latitude for a longitude
 * generalised to a grid, or -1.
 */
sealed interface OutputColumn {
  String name();

  ColumnType type();

  /** The stable id of the published row, first column of every open table. */
  record RecordId() implements OutputColumn {
    static final String NAME = "record_id";

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public ColumnType type() {
      return ColumnType.STRING;
    }
  }

  /** Published as it is. */
  record Copy(String name, ColumnType type, int source) implements OutputColumn {}

  /** Kept in the schema, published empty (free text emptied). */
  record Empty(String name, ColumnType type) implements OutputColumn {}

  /** A numeric latitude, longitude or projected coordinate, snapped to the centre of a grid cell. */
  record Grid(String name, int source, int latitude, CoordinateForm form, int metres) implements OutputColumn {
    @Override
    public ColumnType type() {
      return ColumnType.DOUBLE;
    }
  }

  /** Any other rule, applied to the value's text by the policies' {@code RowTransformer}: published as text. */
  record Rule(String name, ColumnRule rule, int source, int latitude, ColumnContext context,
      @Nullable ColumnType sourceType) implements OutputColumn {
    @Override
    public ColumnType type() {
      return ColumnType.STRING;
    }
  }

  /** A column of an aggregate: a group-by value or a measure, made from the cells' text. */
  record Cell(String name, ColumnType type) implements OutputColumn {}
}
