package fr.socle.lakehouse.demo;

import org.locationtech.jts.geom.Polygon;

/** A neighbourhood of the town: a polygon of the town's plane (metres) and its population. */
record Quartier(String code, String name, Polygon area, int population, int dwellings) {}
