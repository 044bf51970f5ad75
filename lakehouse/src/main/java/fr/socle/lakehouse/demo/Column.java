package fr.socle.lakehouse.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A column of a demo file: its header and a French description for the catalogue. */
record Column(String name, String description) {

  static Map<String, String> describe(List<Column> columns) {
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (Column column : columns) {
      if (descriptions.put(column.name(), column.description()) != null) {
        throw new IllegalArgumentException("duplicate column " + column.name());
      }
    }
    return descriptions;
  }

  static List<String> names(List<Column> columns) {
    return columns.stream().map(Column::name).toList();
  }
}
