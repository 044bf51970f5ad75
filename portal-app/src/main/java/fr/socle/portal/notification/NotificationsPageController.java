package fr.socle.portal.notification;

import fr.socle.policies.access.Subject;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** One's notifications, newest first; unread ones marked in text, not by colour alone. */
@Controller
class NotificationsPageController {
  static final int SHOWN = 100;

  private final Notifications notifications;

  NotificationsPageController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/espace/notifications")
  String list(Subject me, Model model) {
    model.addAttribute("notifications", notifications.of(me.user(), SHOWN));
    return "espace/notifications";
  }

  @PostMapping("/espace/notifications/lues")
  String markAllRead(Subject me) {
    notifications.markAllRead(me.user());
    return "redirect:/espace/notifications";
  }
}
