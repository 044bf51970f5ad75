package fr.socle.portal.explore;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A format of {@code /catalog/exports/{format}}. CSV and JSON are built in; another feature adds a format by
 * declaring a bean of this type (the DCAT-AP export does so for {@code dcat}).
 */
public interface CatalogExporter {
  /** The format's name in the URL: {@code csv}, {@code json}, {@code dcat}... */
  String format();

  String contentType();

  String fileExtension();

  void write(List<PublishedDataset> datasets, String apiBaseUrl, OutputStream out) throws IOException;
}
