package fr.socle.portal.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The base layer of the dataset maps: a tile URL template ({@code https://.../{z}/{x}/{y}.png}) and its
 * attribution. Empty by default: the map then shows the points only, and the portal calls no third party.
 */
@ConfigurationProperties("socle.map")
public record MapSettings(@DefaultValue("") String tiles, @DefaultValue("") String attribution) {
  public boolean hasTiles() {
    return tiles != null && !tiles.isBlank();
  }
}
