package fr.socle.lakehouse.promotion;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An attestation in plain French, for the public: which version of which table, under which decision and why,
 * column by column what was removed or generalised, what the checks verified, what changed. Never a value of the
 * data: the attestation holds none.
 */
public final class AttestationText {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH)
      .withZone(ZoneId.of("Europe/Paris"));
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

  private AttestationText() {}

  /** A few paragraphs, in reading order. */
  public static List<String> paragraphs(Attestation a) {
    List<String> text = new ArrayList<>();
    text.add("La version " + a.version() + " du jeu de données « " + a.title() + " » a été publiée le "
        + DATE.format(a.at()) + " (" + (a.by().equals(PromotionRunner.SYSTEM) ? "automatiquement" : "par " + a.by())
        + "), à partir d'une version figée (instantané " + a.source().snapshotId() + ") des données internes de la"
        + " collectivité.");
    Attestation.DecisionSummary d = a.decision();
    text.add("Elle applique la décision n° " + d.version() + " prise par " + d.decidedBy() + " : « " + d.status()
        + " »" + (d.legalBases().isEmpty() ? "" : ", sur le fondement de " + String.join(" ; ", d.legalBases()))
        + ". Motif : " + d.justification()
        + (d.communicableFrom() == null ? "" : " Communicable à partir du " + DAY.format(d.communicableFrom()) + "."));
    List<String> removed = new ArrayList<>();
    List<String> transformed = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (Attestation.ColumnTreatment c : a.columns()) {
      if (!c.published()) {
        removed.add("« " + c.column() + " » (" + c.treatment() + ")");
      } else if (c.transformed()) {
        transformed.add("« " + c.column() + " » (" + c.treatment() + ")");
      } else {
        kept.add("« " + c.column() + " »");
      }
    }
    if (!removed.isEmpty()) {
      text.add("Colonnes retirées : " + String.join(", ", removed) + ".");
    }
    if (!transformed.isEmpty()) {
      text.add("Colonnes transformées pour qu'aucune personne ne puisse être identifiée : "
          + String.join(", ", transformed) + ".");
    }
    if (!kept.isEmpty()) {
      text.add("Colonnes publiées telles quelles : " + String.join(", ", kept) + ".");
    }
    if (a.counts().rowsSuppressed() > 0) {
      text.add(a.counts().rowsSuppressed() + " lignes n'ont pas été publiées parce qu'elles auraient permis de"
          + " distinguer une personne (groupes trop petits).");
    }
    if (a.counts().cellsSuppressed() > 0) {
      text.add(a.counts().cellsSuppressed() + " cases n'ont pas été publiées parce qu'elles comptaient trop peu"
          + " d'unités (secret statistique).");
    }
    List<String> checks = new ArrayList<>();
    for (Attestation.Check check : a.checks()) {
      checks.add(check.label() + " : " + (check.passed() ? "conforme" : "non conforme") + " (" + check.detail()
          + ")");
    }
    text.add("Contrôles avant publication, sur chacune des " + a.counts().rowsPublished() + " lignes publiées : "
        + String.join(" ; ", checks) + ".");
    Attestation.Changes changes = a.changes();
    if (a.version() == 1) {
      text.add("Première version publiée de ce jeu de données.");
    } else if (changes.previousPurged()) {
      text.add("Les versions précédentes ont été supprimées (données effacées ou retirées) : cette version les"
          + " remplace, et toute copie antérieure doit l'être aussi.");
    } else {
      text.add("Par rapport à la version précédente : "
          + Attestations.count(changes.added(), "enregistrement ajouté", "enregistrements ajoutés") + ", "
          + Attestations.count(changes.removed(), "retiré", "retirés")
          + (changes.changed() == null ? "" : ", " + Attestations.count(changes.changed(), "modifié", "modifiés"))
          + (changes.schema().isEmpty() ? ", schéma inchangé." : " ; schéma : " + String.join(", ", changes.schema())
              + "."));
    }
    return text;
  }
}
