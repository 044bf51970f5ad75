package fr.socle.portal.usage;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import org.springframework.stereotype.Component;

/**
 * Who reads a dataset's usage statistics: its producers (its steward, the agents of its producing service) and
 * the data officers. Templates ask {@code ${@usageAccess.mayView(me, dataset)}}.
 */
@Component("usageAccess")
public class UsageAccess {

  public boolean mayView(Subject me, Dataset dataset) {
    if (me.has(Role.DATA_OFFICER)) {
      return true;
    }
    Dataset.Metadata metadata = dataset.metadata();
    return me.has(Role.AGENT)
        && (me.user().equals(metadata.steward()) || me.services().contains(metadata.producerService()));
  }
}
