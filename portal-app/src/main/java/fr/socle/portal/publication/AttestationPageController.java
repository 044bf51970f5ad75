package fr.socle.portal.publication;

import fr.socle.lakehouse.promotion.Attestation;
import fr.socle.lakehouse.promotion.AttestationText;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.portal.access.AccessException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An attestation of a published version, as a public page in plain French. */
@Controller
class AttestationPageController {
  private final Publications publications;

  AttestationPageController(Publications publications) {
    this.publications = publications;
  }

  @GetMapping("/publication/attestations/{id}")
  String attestation(@PathVariable UUID id, Model model) {
    Attestation attestation = OpenDownloadsApiController.publicAttestation(publications, id).orElseThrow(
        () -> new AccessException(AccessException.Code.NOT_FOUND, "attestation introuvable"));
    model.addAttribute("attestation", attestation);
    model.addAttribute("paragraphs", AttestationText.paragraphs(attestation));
    return "attestation";
  }
}
