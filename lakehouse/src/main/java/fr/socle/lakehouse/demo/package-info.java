/**
 * The demo collectivité: Valmont-sur-Loire, a fictional French town of about 48,000 inhabitants, generated
 * deterministically from a seed. {@link fr.socle.lakehouse.demo.DemoTown} writes its datasets as the files a
 * collectivité really produces (CSV in French spreadsheet dialects, XLSX with a two-row header, GeoJSON in
 * Lambert-93) and describes each one in a manifest ({@link fr.socle.lakehouse.demo.DemoDataset}) that says which case
 * of the CRPA it is meant to exercise. The files then go through Socle's real ingestion, like a collectivité's.
 */
@NullMarked
package fr.socle.lakehouse.demo;

import org.jspecify.annotations.NullMarked;
