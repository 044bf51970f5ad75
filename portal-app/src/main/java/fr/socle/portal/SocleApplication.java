package fr.socle.portal;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import fr.socle.portal.load.LoadApplication;
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
    if (args.length > 0 && "load".equals(args[0])) {
      SpringApplication loader = new SpringApplication(LoadApplication.class);
      loader.setWebApplicationType(WebApplicationType.NONE);
      loader.setAdditionalProfiles("cli");
      loader.setLogStartupInfo(false);
      loader.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
      System.exit(SpringApplication.exit(loader.run(Arrays.copyOfRange(args, 1, args.length))));
    }
    new SpringApplication(SocleApplication.class).run(args);
  }
}
