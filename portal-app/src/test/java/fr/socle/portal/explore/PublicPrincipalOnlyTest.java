package fr.socle.portal.explore;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.query.GovernedQueries;
import fr.socle.lakehouse.query.TrinoGateway;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;

/** Every Trino access of the Explore API is wired to the public principal, never the internal portal's. */
class PublicPrincipalOnlyTest {

  @Test
  void exploreBeansTakeOnlyThePublicQueries() {
    int wired = 0;
    for (Method method : ExploreConfiguration.class.getDeclaredMethods()) {
      for (Parameter parameter : method.getParameters()) {
        Class<?> type = parameter.getType();
        if (type == GovernedQueries.class || type == TrinoGateway.class) {
          Qualifier qualifier = parameter.getAnnotation(Qualifier.class);
          assertThat(qualifier).as(method.getName() + " " + parameter.getName()).isNotNull();
          assertThat(qualifier.value()).as(method.getName()).isEqualTo("public");
          wired++;
        }
      }
    }
    assertThat(wired).as("the Explore API reaches Trino through at least one bean").isPositive();
  }

  @Test
  void noOtherExploreClassIsHandedAGatewayDirectly() throws Exception {
    for (Class<?> type : new Class<?>[] {ExploreRecordsApiController.class, ExploreExportsApiController.class,
        ExploreCatalogApiController.class, ApiDocumentationController.class, ApiKeysPageController.class}) {
      for (var constructor : type.getDeclaredConstructors()) {
        for (Class<?> parameter : constructor.getParameterTypes()) {
          assertThat(parameter).isNotIn(GovernedQueries.class, TrinoGateway.class);
        }
      }
    }
  }
}
