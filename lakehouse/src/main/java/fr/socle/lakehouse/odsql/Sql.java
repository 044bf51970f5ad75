package fr.socle.lakehouse.odsql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A piece of SQL text with its bound values, in the order of their {@code ?}. */
record Sql(String text, List<@Nullable Object> parameters) {
  Sql {
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  static Sql of(String text, @Nullable Object... parameters) {
    return new Sql(text, Arrays.asList(parameters));
  }

  static Sql join(String separator, List<Sql> parts) {
    StringBuilder text = new StringBuilder();
    List<@Nullable Object> parameters = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        text.append(separator);
      }
      text.append(parts.get(i).text());
      parameters.addAll(parts.get(i).parameters());
    }
    return new Sql(text.toString(), parameters);
  }

  /** {@code before + this + after}: the constant texts around must hold no {@code ?}. */
  Sql wrap(String before, String after) {
    return new Sql(before + text + after, parameters);
  }

  Sql then(String between, Sql other) {
    return join(between, List.of(this, other));
  }
}
