package fr.socle.portal.identity;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where Keycloak is and how the portal's service accounts authenticate to it. Secrets come from the environment. */
@Validated
@ConfigurationProperties("socle.keycloak")
public record KeycloakSettings(
    URI url,
    @NotBlank String realm,
    @NotBlank String portalClientId,
    String portalClientSecret,
    @NotBlank String publicClientId,
    String publicClientSecret,
    Duration directorySyncInterval) {

  public URI realmUri() {
    return URI.create(url + "/realms/" + realm);
  }

  public URI tokenUri() {
    return URI.create(realmUri() + "/protocol/openid-connect/token");
  }

  public URI adminUri(String path) {
    return URI.create(url + "/admin/realms/" + realm + path);
  }
}
