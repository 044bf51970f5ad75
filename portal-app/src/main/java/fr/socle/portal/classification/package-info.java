/**
 * The data officers' classification tool: scans of each dataset's data, the facts they state about it, the
 * proposal of the {@code policies} rules with its reasons, and their decisions (versioned, never overwritten, each
 * one audited). The queue of datasets to classify or review, the open-by-default dashboard (L312-1-1), the pages and
 * the JSON API. Only data officers reach any of it; everyone else gets a 404. {@link Classification} is what the
 * promotion engine reads.
 */
@NullMarked
package fr.socle.portal.classification;

import org.jspecify.annotations.NullMarked;
