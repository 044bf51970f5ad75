package fr.socle.portal;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the portal, or with a first argument {@code load} runs the command-line loader (same configuration and
 * code paths, no web server): {@code java -jar socle-portal.jar load FILE --dataset ...}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SocleApplication {
  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(SocleApplication.class);
    if (args.length > 0 && "load".equals(args[0])) {
      application.setWebApplicationType(WebApplicationType.NONE);
      application.setAdditionalProfiles("cli");
      application.setLogStartupInfo(false);
      System.exit(SpringApplication.exit(application.run(Arrays.copyOfRange(args, 1, args.length))));
    }
    application.run(args);
  }
}
