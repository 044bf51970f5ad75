package fr.socle.lakehouse.promotion;

/** What a promotion reports as it goes, for the job log: its phase, rows read and written. */
public interface PromotionProgress {
  void phase(Phase phase);

  /** @param total the rows the source snapshot holds (before deletes), 0 when unknown */
  void rows(long read, long written, long total);

  PromotionProgress NONE = new PromotionProgress() {
    @Override
    public void phase(Phase phase) {}

    @Override
    public void rows(long read, long written, long total) {}
  };

  /** The phases of a promotion, in order. */
  enum Phase {
    LOCKING("attente des autres promotions du jeu de données"),
    RECOVERING("reprise d'une promotion interrompue"),
    COUNTING_GROUPS("comptage des groupes de quasi-identifiants"),
    WRITING("lecture, occultation, contrôle de chaque ligne et écriture"),
    EXPORTING("finalisation des fichiers d'export"),
    COMMITTING("enregistrement de la nouvelle version"),
    DONE("terminé");

    private final String label;

    Phase(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
