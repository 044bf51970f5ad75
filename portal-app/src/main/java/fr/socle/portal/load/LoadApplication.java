package fr.socle.portal.load;

import fr.socle.portal.access.DemoGrants;
import fr.socle.portal.access.GrantRepository;
import fr.socle.portal.audit.AuditTrail;
import fr.socle.portal.classification.ClassificationCliConfiguration;
import fr.socle.portal.identity.KeycloakSettings;
import fr.socle.portal.identity.ServiceTokens;
import fr.socle.portal.lakehouse.LakehouseSettings;
import fr.socle.portal.lakehouse.TrinoProperties;
import fr.socle.portal.publication.PublicationTriggerConfiguration;
import fr.socle.portal.system.TimeConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * The command-line loader's application context: the lakehouse beans and the loader, nothing of the web (no
 * server, no sign-in, no decision point, no scheduled jobs).
 */
@SpringBootConfiguration
@org.springframework.context.annotation.Profile("cli")
@EnableAutoConfiguration(excludeName = {
    "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
    "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
    "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration"})
@EnableConfigurationProperties({LakehouseSettings.class, TrinoProperties.class, KeycloakSettings.class})
@ComponentScan(basePackageClasses = {LoadApplication.class, LakehouseSettings.class})
@Import({TimeConfiguration.class, DemoGrants.class, GrantRepository.class, ServiceTokens.class, AuditTrail.class,
    ClassificationCliConfiguration.class, PublicationTriggerConfiguration.class})
public class LoadApplication {}
