/**
 * Promotion to the open tier, at the edge: the engine's beans, the worker that runs queued jobs (a load queues
 * one, a periodic check queues those the open tier is behind on), the data officers' page and API (promote,
 * re-promote, retract, job log), and the public side of what is published (downloads of precomputed exports,
 * attestations in plain French, changelog), which checks the publication state before serving anything.
 */
@NullMarked
package fr.socle.portal.publication;

import org.jspecify.annotations.NullMarked;
