package fr.socle.portal.system;

import fr.socle.policies.access.Subject;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API sees: the bearer's user name, roles and groups, as the policies see them. */
@RestController
class MeApiController {
  @GetMapping("/api/v1/me")
  Map<String, Object> me(Subject me) {
    return Map.of("user", me.user(), "roles", new TreeSet<>(me.roles().stream().map(Enum::name).toList()),
        "groups", new TreeSet<>(me.groups()));
  }
}
