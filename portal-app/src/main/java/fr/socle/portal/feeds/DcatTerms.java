package fr.socle.portal.feeds;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms DCAT-AP 3 uses that Jena's vocabulary classes lack (DCAT 3, ADMS, SPDX, LOCN, Hydra). */
final class DcatTerms {
  static final String DCAT = "http://www.w3.org/ns/dcat#";
  static final String ADMS = "http://www.w3.org/ns/adms#";
  static final String SPDX = "http://spdx.org/rdf/terms#";
  static final String LOCN = "http://www.w3.org/ns/locn#";
  static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
  static final String EU = "http://publications.europa.eu/resource/authority/";
  static final String IANA = "https://www.iana.org/assignments/media-types/";

  static final Property version = property(DCAT, "version");
  static final Property status = property(ADMS, "status");
  static final Property versionNotes = property(ADMS, "versionNotes");
  static final Resource Checksum = resource(SPDX, "Checksum");
  static final Property checksum = property(SPDX, "checksum");
  static final Property algorithm = property(SPDX, "algorithm");
  static final Property checksumValue = property(SPDX, "checksumValue");
  static final Resource sha256 = resource(SPDX, "checksumAlgorithm_sha256");
  static final Property geographicName = property(LOCN, "geographicName");
  static final Resource PartialCollectionView = resource(HYDRA, "PartialCollectionView");
  static final Property view = property(HYDRA, "view");
  static final Property first = property(HYDRA, "first");
  static final Property last = property(HYDRA, "last");
  static final Property next = property(HYDRA, "next");
  static final Property previous = property(HYDRA, "previous");
  static final Property totalItems = property(HYDRA, "totalItems");
  static final Property itemsPerPage = property(HYDRA, "itemsPerPage");

  private DcatTerms() {}

  private static Property property(String namespace, String name) {
    return ResourceFactory.createProperty(namespace, name);
  }

  private static Resource resource(String namespace, String name) {
    return ResourceFactory.createResource(namespace + name);
  }
}
