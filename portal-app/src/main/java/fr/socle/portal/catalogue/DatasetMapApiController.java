package fr.socle.portal.catalogue;

import fr.socle.lakehouse.query.QueryException;
import fr.socle.policies.access.Subject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The points of the map of a dataset's page, clustered on the server: Trino groups the rows the person may read by
 * grid cells sized for the zoom level (about 64 pixels), so the browser gets at most a few thousand cells whatever
 * the size of the dataset. Without a box, the answer also gives the extent, for the first fit to bounds.
 */
@RestController
class DatasetMapApiController {
  private final DatasetLookup lookup;
  private final DatasetReads reads;

  DatasetMapApiController(DatasetLookup lookup, DatasetReads reads) {
    this.lookup = lookup;
    this.reads = reads;
  }

  @GetMapping("/espace/jeux/{id}/carte/mailles")
  Map<String, Object> cells(Subject me, @PathVariable String id,
      @RequestParam(name = "ouest", required = false) @Nullable Double west,
      @RequestParam(name = "sud", required = false) @Nullable Double south,
      @RequestParam(name = "est", required = false) @Nullable Double east,
      @RequestParam(name = "nord", required = false) @Nullable Double north,
      @RequestParam(name = "zoom", defaultValue = "-1") int zoom,
      @RequestParam(name = "version", required = false) @Nullable Long version) throws QueryException {
    DatasetLookup.Opened opened = lookup.openReadable(me, id, version);
    if (opened.table().geo() == null) {
      throw new fr.socle.portal.access.AccessException(fr.socle.portal.access.AccessException.Code.NOT_FOUND,
          "ce jeu de données n'a pas de carte");
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    PointsSvg.Extent box;
    if (west == null || south == null || east == null || north == null) {
      box = reads.extent(me, opened.table(), opened.versionId());
      answer.put("extent", box);
      if (box.empty()) {
        answer.put("cells", List.of());
        return answer;
      }
    } else {
      box = new PointsSvg.Extent(west, south, east, north, -1);
    }
    double cellSize = zoom >= 0 ? PointGrid.cellSizeAt(zoom) : PointsSvg.cellSize(box);
    answer.put("cell_size", cellSize);
    answer.put("cells", reads.cells(me, opened.table(), box, cellSize, opened.versionId()));
    return answer;
  }
}
