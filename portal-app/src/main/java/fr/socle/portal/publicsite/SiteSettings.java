package fr.socle.portal.publicsite;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who publishes the portal, as the legal pages state it (loi 2004-575 art. 6 for the publisher and host, RGAA for
 * the accessibility statement, RGPD art. 13 for the privacy notice). The defaults describe the demo town,
 * Valmont-sur-Loire; a collectivité sets its own in {@code socle.site.*} ({@code SOCLE_SITE_*}). The feeds use it too:
 * {@code baseUrl} (e.g. {@code https://data.example.fr}) makes the URIs of the DCAT, Atom and sitemap feeds stable
 * behind a proxy (empty: the request's own address); the SCDL catalogue needs the publisher's SIRET and its
 * "maille de couverture spatiale". {@code queriesPerMinute} bounds the Trino statements the public table, chart and map
 * pages may start for one address a minute (answers kept a minute cost nothing; 429 beyond).
 */
@Validated
@ConfigurationProperties("socle.site")
public record SiteSettings(
    @DefaultValue("Commune de Valmont-sur-Loire") @NotBlank String publisher,
    @DefaultValue("Hôtel de ville, 1 place du Général de Gaulle, 37490 Valmont-sur-Loire") @NotBlank String address,
    @DefaultValue("02 47 00 00 00") String phone,
    @DefaultValue("donnees@valmont-sur-loire.example") @NotBlank String email,
    @DefaultValue("Le maire de Valmont-sur-Loire") @NotBlank String publicationDirector,
    @DefaultValue("Direction du numérique de la commune de Valmont-sur-Loire") @NotBlank String host,
    @DefaultValue("Hôtel de ville, 1 place du Général de Gaulle, 37490 Valmont-sur-Loire") @NotBlank String hostAddress,
    @DefaultValue("dpo@valmont-sur-loire.example") @NotBlank String dpoEmail,
    @DefaultValue("accessibilite@valmont-sur-loire.example") @NotBlank String accessibilityEmail,
    @DefaultValue("2026-11-16") LocalDate accessibilityAuditDate,
    @DefaultValue("180") @Positive int logRetentionDays,
    @DefaultValue("") String baseUrl,
    @DefaultValue("21370299600017") @Pattern(regexp = "\\d{14}") String publisherSiret,
    @DefaultValue("Communale")
    @Pattern(regexp = "Infracommunale|Communale|Intercommunale|Cantonale|Départementale|Régionale|Autre")
    String spatialGranularity,
    @DefaultValue("120") @Positive int queriesPerMinute) {

  /**
   * The portal's own address, without a trailing slash: the configured one, else (a development setting: the Host
   * header decides it, and cached pages and feeds would carry whatever a client sent) the current request's.
   */
  public String origin() {
    return baseUrlOr(org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
        .toUriString());
  }

  /** The base URL without a trailing slash, or the request's when none is configured. */
  public String baseUrlOr(String requestBase) {
    String base = baseUrl.isBlank() ? requestBase : baseUrl;
    return base.replaceAll("/+$", "");
  }
}
