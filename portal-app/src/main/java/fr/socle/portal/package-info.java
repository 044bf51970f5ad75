/**
 * The Socle portal: internal and public pages, JSON APIs, Trino's decision point, scheduled jobs. The only module
 * that speaks HTTP; it maps the {@code policies} and {@code lakehouse} modules to the web, one feature a package.
 */
@NullMarked
package fr.socle.portal;

import org.jspecify.annotations.NullMarked;
