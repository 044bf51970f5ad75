package fr.socle.portal.publicsite;

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

  @ExceptionHandler(WithdrawnDataset.class)
  String withdrawn(WithdrawnDataset e, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.GONE.value());
    model.addAttribute("id", e.id());
    model.addAttribute("tombstone", e.tombstone());
    return "retire";
  }
}
