package fr.socle.portal.classification;

import static java.util.Objects.requireNonNull;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.policies.communicability.DatasetFacts;
import fr.socle.policies.communicability.ExemptionCategory;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.RowsDescribe;
import fr.socle.policies.communicability.Theme;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a data officer states about a dataset beyond the catalogue, which the detectors cannot see. Producing
 * service and SCDL schema come from the catalogue; the theme too, unless the data officer states it (the
 * catalogue's theme is a DCAT label, the rules' theme a closer reading of it).
 *
 * @param theme the rules' theme, or null to take it from the catalogue
 */
record StatedFacts(
    @Nullable Theme theme,
    RowsDescribe rowsDescribe,
    boolean preparatory,
    @Nullable LocalDate decisionDate,
    @Nullable LocalDate archiveCommunicableFrom,
    boolean environmental,
    boolean emissions,
    @Nullable ExemptionCategory exemption,
    boolean consent,
    @Nullable LegalBasis withholdingGround,
    @Nullable LegalBasis personalGround,
    Map<String, LegalBasis> protectedColumns,
    List<String> quasiIdentifiers,
    boolean individualTaxData) {

  static final StatedFacts NONE = new StatedFacts(null, RowsDescribe.UNKNOWN, false, null, null, false, false, null,
      false, null, null, Map.of(), List.of(), false);

  StatedFacts {
    requireNonNull(rowsDescribe, "rowsDescribe");
    protectedColumns = Map.copyOf(protectedColumns);
    quasiIdentifiers = List.copyOf(quasiIdentifiers);
    if (emissions && !environmental) {
      throw new IllegalArgumentException("Des émissions dans l'environnement sont une information environnementale.");
    }
    if (withholdingGround != null && !withholdingGround.withholds()) {
      throw new IllegalArgumentException(withholdingGround.article() + " n'est pas un motif de l'article L311-5.");
    }
    if (personalGround != null && personalGround.group() != LegalBasis.Group.PERSONAL) {
      throw new IllegalArgumentException(personalGround.article() + " n'est pas un motif de l'article L311-6.");
    }
    for (Map.Entry<String, LegalBasis> entry : protectedColumns.entrySet()) {
      LegalBasis.Group group = entry.getValue().group();
      if (group != LegalBasis.Group.WITHHOLDING && group != LegalBasis.Group.PERSONAL) {
        throw new IllegalArgumentException("Colonne « " + entry.getKey() + " » : " + entry.getValue().article()
            + " n'est pas un motif de protection (L311-5 ou L311-6).");
      }
    }
  }

  /** The facts the rules weigh: these, with the catalogue's producing service, theme and schema. */
  DatasetFacts toDatasetFacts(Dataset.Metadata catalogue) {
    Theme effective = theme != null ? theme : themeOf(catalogue);
    return new DatasetFacts(catalogue.producerService(), effective, scdl(catalogue.scdlSchema()), rowsDescribe,
        preparatory, decisionDate, archiveCommunicableFrom, environmental, emissions, exemption, consent,
        withholdingGround, personalGround, protectedColumns, quasiIdentifiers, individualTaxData);
  }

  /** "scdl-equipements" is the {@code equipements} schema of the rules. */
  static @Nullable String scdl(@Nullable String schema) {
    if (schema == null || schema.isBlank()) {
      return null;
    }
    String name = schema.strip().toLowerCase(Locale.ROOT);
    return name.startsWith("scdl-") ? name.substring("scdl-".length()) : name;
  }

  /**
   * The rules' theme read from the catalogue's theme, keywords and title: the first theme whose words appear
   * ("état civil", "ressources humaines", "subventions"...), else {@link Theme#AUTRE}. The data officer corrects it.
   */
  static Theme themeOf(Dataset.Metadata catalogue) {
    String text = " " + normalise(String.join(" ", catalogue.title(), String.valueOf(catalogue.theme()),
        String.join(" ", catalogue.keywords()))).replaceAll("[^a-z0-9']+", " ") + " ";
    for (Map.Entry<Theme, List<String>> entry : THEME_WORDS.entrySet()) {
      for (String word : entry.getValue()) {
        if (text.contains(" " + word)) {
          return entry.getKey();
        }
      }
    }
    return Theme.AUTRE;
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  /** Files about individuals first: a payroll about agents is HR before it is finances. */
  private static final Map<Theme, List<String>> THEME_WORDS = orderedThemes();

  private static Map<Theme, List<String>> orderedThemes() {
    Map<Theme, List<String>> words = new LinkedHashMap<>();
    words.put(Theme.ETAT_CIVIL, List.of("etat civil", "naissances", "deces", "mariages"));
    words.put(Theme.ACTION_SOCIALE, List.of("action sociale", "ccas", "aide sociale", "beneficiaires"));
    words.put(Theme.SANTE, List.of("sante", "medical"));
    words.put(Theme.RESSOURCES_HUMAINES, List.of("ressources humaines", "paie", "remunerations des agents",
        "dossiers des agents"));
    words.put(Theme.EDUCATION_ENFANCE, List.of("eleves", "inscriptions scolaires", "petite enfance"));
    words.put(Theme.FISCALITE, List.of("fiscalite des personnes", "impots"));
    words.put(Theme.SUBVENTIONS, List.of("subvention"));
    words.put(Theme.COMMANDE_PUBLIQUE, List.of("marches publics", "commande publique", "decp"));
    words.put(Theme.BUDGET_FINANCES, List.of("budget", "finances", "comptes"));
    words.put(Theme.DELIBERATIONS_ACTES, List.of("deliberation", "actes"));
    words.put(Theme.ELUS_INSTANCES, List.of("elus", "conseil municipal", "mandats"));
    words.put(Theme.EQUIPEMENTS, List.of("equipements", "services publics"));
    words.put(Theme.URBANISME, List.of("urbanisme", "plu", "permis de construire", "cadastre"));
    words.put(Theme.VOIRIE_MOBILITE, List.of("voirie", "mobilite", "stationnement", "transport"));
    words.put(Theme.ENVIRONNEMENT, List.of("environnement", "emissions", "qualite de l'air", "dechets"));
    words.put(Theme.CULTURE_SPORT, List.of("culture", "sport", "bibliotheque"));
    words.put(Theme.RELATIONS_USAGERS, List.of("signalement", "relation usager", "demandes des usagers"));
    words.put(Theme.SECURITE, List.of("securite", "police", "videoprotection"));
    return Collections.unmodifiableMap(words);
  }
}
