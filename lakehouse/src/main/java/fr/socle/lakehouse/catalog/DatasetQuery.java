package fr.socle.lakehouse.catalog;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue search: full text (French stemming over title, keywords, description), facets, states. Which of the
 * results a person may see is decided afterwards by the access policy.
 */
public record DatasetQuery(
    @Nullable String text,
    @Nullable String producerService,
    @Nullable String theme,
    @Nullable String keyword,
    Set<DatasetState> states) {

  public DatasetQuery {
    states = Set.copyOf(states);
  }

  public static DatasetQuery all() {
    return new DatasetQuery(null, null, null, null, Set.of(DatasetState.ACTIVE, DatasetState.ARCHIVED));
  }

  public DatasetQuery withText(@Nullable String value) {
    return new DatasetQuery(value, producerService, theme, keyword, states);
  }
}
