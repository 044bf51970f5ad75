package fr.socle.lakehouse.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version of a dataset's data: an Iceberg snapshot, who made it and what it changed. */
public record SnapshotInfo(
    long snapshotId,
    @Nullable Long parentId,
    Instant committedAt,
    String operation,
    @Nullable String actor,
    @Nullable String mode,
    long addedRecords,
    long deletedRecords,
    long totalRecords) {}
