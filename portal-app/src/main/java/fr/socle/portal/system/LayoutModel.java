package fr.socle.portal.system;

import fr.socle.policies.access.Principals;
import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import fr.socle.portal.identity.Directory;
import fr.socle.portal.notification.Notifications;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page's layout needs: who is signed in, what they may reach, their unread notifications. Added to the
 * model of a page about to be rendered (an interceptor registered for pages only, {@link WebConfiguration}), beside
 * what its controller put there, which wins: a JSON answer pays nothing for it (as a {@code @ModelAttribute} of a
 * controller advice, Spring looked up and invoked it on every call of every controller, a tenth of the CPU of a
 * cached Explore API call). Pages rendered by exception handlers add it themselves ({@link PageExceptionHandler}).
 */
@Component
public class LayoutModel implements HandlerInterceptor {
  private final Notifications notifications;
  private final Directory directory;

  LayoutModel(Notifications notifications, Directory directory) {
    this.notifications = notifications;
    this.directory = directory;
  }

  @Override
  public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
      @Nullable ModelAndView page) {
    if (page == null || !page.hasView() || page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
      return;
    }
    ExtendedModelMap layout = new ExtendedModelMap();
    layout(layout, request);
    layout.forEach(page.getModelMap()::putIfAbsent);
  }

  /** For a page rendered by an exception handler, which interceptors do not see. */
  public void layout(Model model, HttpServletRequest request) {
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
    String path = request.getRequestURI();
    String query = request.getQueryString();
    // an error page rendered by the error dispatch: the address that failed, not /error (which has nothing to show)
    if (request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
      path = failed;
      query = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_QUERY_STRING) instanceof String q ? q : null;
    }
    try {
      return org.springframework.web.util.UriComponentsBuilder.fromUriString(path + (query == null ? "" : "?" + query))
          .replaceQueryParam("lang", language).build(true).toUriString();
    } catch (IllegalArgumentException e) {
      return path + "?lang=" + language;
    }
  }
}
