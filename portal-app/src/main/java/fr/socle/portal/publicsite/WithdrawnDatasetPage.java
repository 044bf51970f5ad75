package fr.socle.portal.publicsite;

import fr.socle.portal.system.LayoutModel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The public page of a retracted dataset: 410 Gone, when and why it was withdrawn. */
@ControllerAdvice(assignableTypes = {OpenDatasetPageController.class, OpenDatasetVisualsPageController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WithdrawnDatasetPage {
  private final LayoutModel layout;

  WithdrawnDatasetPage(LayoutModel layout) {
    this.layout = layout;
  }

  @ExceptionHandler(WithdrawnDataset.class)
  String withdrawn(WithdrawnDataset e, Model model, HttpServletRequest request, HttpServletResponse response) {
    layout.layout(model, request); // an exception handler's page: no interceptor adds it
    response.setStatus(HttpStatus.GONE.value());
    model.addAttribute("id", e.id());
    model.addAttribute("tombstone", e.tombstone());
    return "retire";
  }
}
