package fr.socle.lakehouse.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Receives a result as it streams: the columns once, then one row at a time (never the whole result). */
public interface ResultSink {
  void columns(List<ResultColumn> columns) throws Exception;

  /** Values are Java objects as the Trino driver returns them (String, Long, Double, Boolean, LocalDate...). */
  void row(@Nullable Object[] values) throws Exception;

  /** A result column: its name and Trino type ({@code bigint}, {@code varchar}, {@code date}, ...). */
  record ResultColumn(String name, String trinoType) {}
}
