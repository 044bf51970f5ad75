package fr.socle.portal.usage;

/** What a counted request was: a page of the public dataset, a file downloaded, a call of the records API. */
public enum UsageKind {
  VIEW,
  DOWNLOAD,
  API_CALL
}
