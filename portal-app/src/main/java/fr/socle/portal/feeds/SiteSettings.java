package fr.socle.portal.feeds;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who publishes the site and where it lives. {@code baseUrl} (e.g. {@code https://data.example.fr}) makes the URIs
 * of the feeds stable behind a proxy; empty, they are built on the request's own address. The publisher is the
 * collectivité (its SIRET is required by the SCDL catalogue), {@code spatialGranularity} one of the SCDL's
 * "maille de couverture spatiale" values.
 */
@Validated
@ConfigurationProperties("socle.site")
public record SiteSettings(
    @DefaultValue("") String baseUrl,
    @DefaultValue("Commune de Valmont-sur-Loire") @NotBlank String publisherName,
    @DefaultValue("21370299600017") @Pattern(regexp = "\\d{14}") String publisherSiret,
    @DefaultValue("") String contactEmail,
    @DefaultValue("Communale")
    @Pattern(regexp = "Infracommunale|Communale|Intercommunale|Cantonale|Départementale|Régionale|Autre")
    String spatialGranularity) {

  /** The base URL without a trailing slash, or the request's when none is configured. */
  String baseUrlOr(String requestBase) {
    String base = baseUrl.isBlank() ? requestBase : baseUrl;
    return base.replaceAll("/+$", "");
  }
}
