package fr.socle.lakehouse.catalog;

import java.time.Instant;

/** One entry of a dataset's history: created, edited, renamed, archived, restored, loaded, deleted. */
public record DatasetEvent(Instant at, String actor, String kind, String detailsJson) {}
