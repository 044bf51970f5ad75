package fr.socle.lakehouse.ingest;

/** What a load does to the dataset's table. */
public enum LoadMode {
  /** The table must not exist: it is created with the file's columns and rows, in one commit. */
  CREATE,
  /** The table must exist: the file's rows are added; its columns must be among the table's. */
  APPEND,
  /** The table must exist: its rows are replaced by the file's, its columns by the file's, in one commit. */
  REPLACE
}
