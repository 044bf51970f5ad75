package fr.socle.portal.report;

import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import fr.socle.portal.identity.Directory;
import fr.socle.portal.notification.Notifications;
import org.springframework.stereotype.Component;

/** Tells every data officer of a new report, in the portal and by e-mail when mail is configured. */
@Component
class ReportAlerts {
  static final String KIND = "report";

  private final Directory directory;
  private final Notifications notifications;

  ReportAlerts(Directory directory, Notifications notifications) {
    this.directory = directory;
    this.notifications = notifications;
  }

  void reported(Report report, String datasetTitle) {
    String message = message(report, datasetTitle);
    for (Subject officer : directory.all()) {
      if (officer.has(Role.DATA_OFFICER)) {
        notifications.notify(officer.user(), KIND, report.publicationId(), link(report.id()), message);
      }
    }
  }

  static String link(long reportId) {
    return "/espace/signalements#signalement-" + reportId;
  }

  static String message(Report report, String datasetTitle) {
    String about = switch (report.category()) {
      case PERSONAL_DATA -> "URGENT : données personnelles signalées comme visibles";
      case DATA_ERROR -> "Erreur signalée dans les données";
      case TECHNICAL -> "Problème technique signalé";
      case OTHER -> "Signalement";
    };
    return about + " sur « " + datasetTitle + " » (" + report.publicationId() + ")"
        + (report.category().urgent() ? " : vérifiez et retirez la publication s'il s'agit d'une fuite." : ".");
  }
}
