package fr.socle.portal.classification;

/** A data officer's decision was recorded: the dataset's publication must follow it without anyone clicking. */
public record DecisionRecorded(String datasetId, int version, String decidedBy) {}
