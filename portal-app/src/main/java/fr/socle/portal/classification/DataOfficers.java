package fr.socle.portal.classification;

import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import fr.socle.portal.access.AccessException;

/**
 * Classification is the data officers' alone: for anyone else its pages and API do not exist (404, not 403, so
 * that nobody learns what is being classified). Admin operates the platform and decides nothing here.
 */
final class DataOfficers {
  private DataOfficers() {}

  static void require(Subject subject) {
    if (!subject.has(Role.DATA_OFFICER)) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "cette page n'existe pas");
    }
  }
}
