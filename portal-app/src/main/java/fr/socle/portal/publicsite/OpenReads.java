package fr.socle.portal.publicsite;

import fr.socle.lakehouse.odsql.OdsqlQuery;
import fr.socle.lakehouse.query.PreparedSql;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.portal.catalogue.PointGrid;
import fr.socle.portal.catalogue.PointsSvg;
import fr.socle.portal.explore.ExploreQueries;
import fr.socle.portal.explore.PublishedDataset;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the public pages read from the open tier, always through the Explore API's queries (Trino as the public
 * principal, ODSQL planned from checked names and bound values): a page of the table, a chart's groups, a map's
 * extent and grid cells. At most two statements a page, kept a minute by dataset version; each statement started is
 * charged to the visitor's address ({@link PageQueryQuota}), an answer kept costs nothing.
 */
@Component
class OpenReads {
  private final ExploreQueries queries;
  private final PageQueryQuota quota;
  private final RecentResults recent;

  OpenReads(ExploreQueries queries, PageQueryQuota quota, Clock clock) {
    this.queries = queries;
    this.quota = quota;
    this.recent = new RecentResults(clock, Duration.ofMinutes(1), 2_000);
  }

  /** One group of a chart: its category (null for rows without a value) and its measure. */
  record Group(@Nullable Object category, double value) {}

  ExploreQueries.Page page(String visitor, PublishedDataset dataset, TableRequest request) throws QueryException {
    OdsqlQuery query = request.query(dataset);
    return read(visitor, key(dataset, "table", request.key()),
        () -> queries.page(dataset, query, TableRequest.PAGE_SIZE, request.offset()));
  }

  /**
   * A chart's groups, largest first (a line's in order), as many as {@link ChartRequest#groupsRead}: more than it
   * shows when there are more, so the page can say some are left out, or gather them. One statement: a chart needs
   * no total, unlike a page of the table.
   */
  List<Group> chart(String visitor, PublishedDataset dataset, ChartRequest request) throws QueryException {
    PreparedSql sql = request.query(dataset).page(request.groupsRead(), 0).plan().sql();
    return read(visitor, key(dataset, "chart", request.key()), () -> {
      List<Group> groups = new ArrayList<>();
      for (Object[] row : queries.rows(sql, request.groupsRead())) {
        groups.add(new Group(row[0], row[1] == null ? 0 : ((Number) row[1]).doubleValue()));
      }
      return groups;
    });
  }

  /** The chart's measure over every row: for a pie whose groups are too many to read, what the others add up to. */
  double whole(String visitor, PublishedDataset dataset, ChartRequest request) throws QueryException {
    PreparedSql sql = request.wholeQuery(dataset).plan().sql();
    return read(visitor, key(dataset, "whole", request.key()), () -> {
      Object value = queries.rows(sql, 1).getFirst()[0];
      return value == null ? 0 : ((Number) value).doubleValue();
    });
  }

  PointsSvg.Extent extent(String visitor, PublishedDataset dataset) throws QueryException {
    PreparedSql sql = PointGrid.extentOf(points(dataset));
    return read(visitor, key(dataset, "extent", ""), () -> PointGrid.extent(queries.rows(sql, 1).getFirst()));
  }

  List<PointsSvg.Cell> cells(String visitor, PublishedDataset dataset, PointsSvg.Extent box, double cellSize) throws QueryException {
    PreparedSql sql = PointGrid.gridOf(points(dataset), cellSize, box);
    return read(visitor, key(dataset, "cells", box + "|" + cellSize), () -> {
      List<PointsSvg.Cell> cells = new ArrayList<>();
      for (Object[] row : queries.rows(sql, PointGrid.MAX_CELLS)) {
        cells.add(PointGrid.cell(row));
      }
      return List.copyOf(cells);
    });
  }

  /**
   * The dataset's points, read through ODSQL's own {@code geo_point_2d} (an array {@code [lon, lat]} in column
   * {@code c0} of the plan) or, for shapes without a representative point, the centroid of {@code geo_shape}
   * (WKB in {@code c1}).
   */
  private static PreparedSql points(PublishedDataset dataset) {
    PublishedDataset.Geometry geometry = dataset.geometry();
    if (geometry == null) {
      throw new IllegalArgumentException("ce jeu de données n'a pas de carte");
    }
    if (!geometry.hasShape()) {
      OdsqlQuery.Plan plan = OdsqlQuery.on(dataset.odsqlSchema()).select("geo_point_2d").defaultOrder(false)
          .page(-1, 0).plan();
      return PointGrid.points("element_at(c0, 1)", "element_at(c0, 2)", plan.sql());
    }
    OdsqlQuery.Plan plan = OdsqlQuery.on(dataset.odsqlSchema()).select("geo_point_2d, geo_shape").defaultOrder(false)
        .page(-1, 0).plan();
    return PointGrid.points("coalesce(element_at(c0, 1), ST_X(ST_Centroid(ST_GeomFromBinary(c1))))",
        "coalesce(element_at(c0, 2), ST_Y(ST_Centroid(ST_GeomFromBinary(c1))))", plan.sql());
  }

  /** The recent answer, or a new one charged to the visitor's quota before its statement starts. */
  private <T> T read(String visitor, String key, RecentResults.Compute<T, QueryException> compute)
      throws QueryException {
    return recent.get(key, () -> {
      quota.charge(visitor);
      return compute.get();
    });
  }

  private static String key(PublishedDataset dataset, String what, String request) {
    return dataset.datasetId() + "@" + dataset.metadata().version() + "/" + what + "?" + request;
  }
}
