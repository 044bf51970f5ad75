/**
 * ODSQL, the query language of Opendatasoft's Explore API v2.1: a hand-written lexer and recursive-descent parser
 * producing a tree per clause ({@code select}, {@code where}, {@code group_by}, {@code order_by}, refinements), and
 * a translator of that tree to Trino SQL over one published table. Every identifier is checked against the
 * dataset's fields; every value is a bound parameter or a literal printed from a parsed number or date; no text
 * written by a user is ever copied into the SQL.
 */
@NullMarked
package fr.socle.lakehouse.odsql;

import org.jspecify.annotations.NullMarked;
