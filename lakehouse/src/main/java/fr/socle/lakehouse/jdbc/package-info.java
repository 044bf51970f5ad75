/** A thin layer over JDBC for Socle's own PostgreSQL tables: bound parameters only, transactions explicit. */
@NullMarked
package fr.socle.lakehouse.jdbc;

import org.jspecify.annotations.NullMarked;
