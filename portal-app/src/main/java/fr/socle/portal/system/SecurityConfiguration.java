package fr.socle.portal.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import fr.socle.portal.identity.KeycloakSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.http.HttpStatus;

/**
 * Three filter chains: Trino's decision point (no credentials, reachable only on its loopback port), the JSON API
 * (bearer JWTs of the realm, stateless, 401 without detail), and the pages (OIDC sign-in with Keycloak, PKCE,
 * CSRF on every form, back-channel logout). Public pages and the public API need no account.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!cli")
class SecurityConfiguration {

  /**
   * No observation of the filter chains: with one, every filter of every request is wrapped in an observation
   * (even when their recording is off, {@code management.observations.enable.spring.security}), which the busiest
   * paths pay on each call; nothing here reads them.
   */
  @Bean
  org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
    return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
  }

  /** The decision point's paths are served on a port of their own (DecisionServer): nothing here but 404. */
  @Bean
  @Order(1)
  SecurityFilterChain decisionPoint(HttpSecurity http) throws Exception {
    return http.securityMatcher("/trino/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().denyAll())
        .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND)))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /**
   * Any web page may call the Explore API from a browser, as Opendatasoft's allows (its JavaScript client, widgets,
   * dashboards): reads only, an API key in {@code Authorization}, never a cookie; the quota headers readable.
   */
  private static final CorsConfiguration EXPLORE_CORS = exploreCors();

  private static CorsConfiguration exploreCors() {
    CorsConfiguration cors = new CorsConfiguration();
    cors.addAllowedOrigin("*");
    cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
    cors.setAllowedHeaders(List.of("Authorization", "Accept", "Accept-Language", "If-None-Match",
        "If-Modified-Since", "Range"));
    cors.setExposedHeaders(List.of("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset",
        "Retry-After", "ETag", "Last-Modified", "Content-Disposition", "Content-Range", "Accept-Ranges"));
    cors.setAllowCredentials(false);
    cors.setMaxAge(3600L);
    return cors;
  }

  /**
   * The Explore API: open data without an account, whoever asks (its quotas are the rate-limit filter's, by
   * address or API key, never by a session or a bearer token). The lightest chain that still writes the security
   * headers: it is the busiest path of the portal, and each filter is paid on every call.
   */
  @Bean
  @Order(2)
  SecurityFilterChain explore(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/explore/**")
        .cors(cors -> cors.configurationSource(request -> EXPLORE_CORS))
        .csrf(csrf -> csrf.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .anonymous(anonymous -> anonymous.disable())
        .servletApi(servletApi -> servletApi.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain api(HttpSecurity http, JwtDecoder jwtDecoder) throws Exception {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setPrincipalClaimName("preferred_username");
    converter.setJwtGrantedAuthoritiesConverter(jwt -> new ArrayList<>(SocleAuthorities.fromClaims(jwt.getClaims())));
    // "/api/*/**": the JSON APIs under /api/..., not the /api documentation page, which is a page like the others
    return http.securityMatcher("/api/*/**")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/api/public/**").permitAll()
            .anyRequest().authenticated())
        .oauth2ResourceServer(rs -> rs
            .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(converter))
            .authenticationEntryPoint(SecurityConfiguration::bearerRequired))
        .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::bearerRequired))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations, JwtDecoder jwtDecoder,
      KeycloakSettings keycloak) throws Exception {
    OidcClientInitiatedLogoutSuccessHandler logoutSuccess = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
    return http
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/espace/**").authenticated()
            // catalogue feeds for harvesters and feed readers (DCAT-AP, SCDL catalogue, Atom, sitemap)
            .requestMatchers("/catalogue/dcat", "/catalogue/scdl.csv", "/flux/**", "/sitemap.xml", "/robots.txt")
            .permitAll()
            .anyRequest().permitAll())
        .oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService(jwtDecoder))))
        .oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()))
        .logout(logout -> logout.logoutSuccessHandler(logoutSuccess))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; "
                    + "frame-ancestors 'none'; form-action 'self' " + keycloak.url()))
            // no page asks for the camera, the microphone, the visitor's position or a payment: nor may a script
            .permissionsPolicyHeader(p -> p.policy(
                "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
            .referrerPolicy(r -> r.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                    .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
        .build();
  }

  /**
   * Authorities of a signed-in person come from the access token's claims (realm roles and groups), read through
   * the same verifying decoder as the API's bearer tokens.
   */
  private OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(JwtDecoder jwtDecoder) {
    OidcUserService delegate = new OidcUserService();
    return request -> {
      OidcUser user = delegate.loadUser(request);
      Map<String, Object> claims = jwtDecoder.decode(request.getAccessToken().getTokenValue()).getClaims();
      List<GrantedAuthority> authorities = new ArrayList<>(SocleAuthorities.fromClaims(claims));
      return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
    };
  }

  /**
   * 401 saying which scheme to use (RFC 6750 §3), and nothing of what was wrong with the token: no error code, no
   * description, no body.
   */
  private static void bearerRequired(jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response,
      org.springframework.security.core.AuthenticationException refused) {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"socle\"");
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
  }
}
