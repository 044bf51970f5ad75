package fr.socle.portal.stewardship;

/**
 * A steward erased data: some rows of a dataset (the right to erasure, a correction) or the whole dataset. Every
 * copy outside the internal table must follow: the open tier's versions that hold the rows are purged.
 */
public record DataErased(String datasetId, boolean wholeDataset, String by, String reason) {}
