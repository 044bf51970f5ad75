package fr.socle.portal.system;

import fr.socle.policies.access.Principals;
import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import fr.socle.portal.identity.Directory;
import fr.socle.portal.notification.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, what they may reach, their unread notifications. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {
  private final Notifications notifications;
  private final Directory directory;

  LayoutModel(Notifications notifications, Directory directory) {
    this.notifications = notifications;
    this.directory = directory;
  }

  @ModelAttribute
  void layout(Model model, jakarta.servlet.http.HttpServletRequest request) {
    // @RestController is a @Controller too: JSON answers need no layout, nor its database query.
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return;
    }
    Subject me = WebConfiguration.currentSubject();
    boolean signedIn = !Principals.PUBLIC.equals(me.user());
    model.addAttribute("me", me);
    model.addAttribute("signedIn", signedIn);
    model.addAttribute("isAgent", me.has(Role.AGENT));
    model.addAttribute("isPartner", me.has(Role.PARTNER));
    model.addAttribute("isDataOfficer", me.has(Role.DATA_OFFICER));
    model.addAttribute("isAdmin", me.has(Role.ADMIN));
    model.addAttribute("unreadNotifications", signedIn ? notifications.unread(me.user()) : 0);
    // services by their names for people: ${services.label(meta.publisher())}
    model.addAttribute("services", directory);
    // the language switch keeps the page's search, filters and page number
    model.addAttribute("langFr", sameWith(request, "fr"));
    model.addAttribute("langEn", sameWith(request, "en"));
  }

  /** This page's address (path and query, as the browser sent them) with {@code lang} set. */
  static String sameWith(jakarta.servlet.http.HttpServletRequest request, String language) {
    String query = request.getQueryString();
    try {
      return org.springframework.web.util.UriComponentsBuilder
          .fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
          .replaceQueryParam("lang", language).build(true).toUriString();
    } catch (IllegalArgumentException e) {
      return request.getRequestURI() + "?lang=" + language;
    }
  }
}
