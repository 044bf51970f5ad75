package fr.socle.portal.publication;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.promotion.Attestation;
import fr.socle.lakehouse.promotion.AttestationText;
import fr.socle.lakehouse.promotion.PromotionJobs;
import fr.socle.lakehouse.promotion.Publication;
import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.lakehouse.promotion.VersionedDecision;
import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import fr.socle.policies.access.Visibility;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.portal.testing.Templates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The publication pages render, in French and English, from values like the ones the controllers give them: the
 * data officers' page with a published, a retracted and a never-published dataset and a refused job; a job's page
 * with its failed check; the public attestation.
 */
class PublicationTemplatesTest {
  private static final Instant AT = Instant.parse("2026-12-01T09:30:00Z");

  private final SpringTemplateEngine engine = Templates.engine();

  @Test
  void theDataOfficersPageShowsStatesJobsAndActions() {
    String html = render("espace/publication", Locale.FRENCH, Map.of("rows", List.of(
        row("signalements-citoyens", PublishedDataset.State.PUBLISHED, null, PromotionJobs.State.SUCCEEDED),
        row("naissances-etat-civil", PublishedDataset.State.RETRACTED, new PublishedDataset.Tombstone(AT, "dora",
            PublishedDataset.Reason.LEAK, "fuite", true), PromotionJobs.State.REFUSED),
        new PublicationOverview.Row(dataset("budget-primitif-2026"), null, null, List.of(), null)),
        "jobs", List.of(job(PromotionJobs.State.RUNNING), job(PromotionJobs.State.REFUSED))));

    assertThat(html).contains("Publication en données ouvertes", "publié, version 3", "retiré (fuite signalée (purge de toutes les copies))",
        "jamais publié", "Re-promouvoir", "Promouvoir", "/espace/publication/signalements-citoyens/promouvoir",
        "/espace/publication/publications/signalements-citoyens/retirer", "fuite signalée", "01/12/2026 10:30",
        "refusé par le contrôle", "40", "lignes lues");
    String english = render("espace/publication", Locale.ENGLISH, Map.of("rows", List.of(
        row("naissances-etat-civil", PublishedDataset.State.RETRACTED, new PublishedDataset.Tombstone(AT, "dora",
            PublishedDataset.Reason.LEAK, "fuite", true), PromotionJobs.State.REFUSED)), "jobs", List.of()));
    // statuses and reasons in the reader's language, not the policy's French labels
    assertThat(english).contains("communicable after occultation", "retracted (reported leak")
        .doesNotContain("communicable après occultation");
  }

  @Test
  void theJobPageShowsWhichCheckFailedAndWhere() {
    Map<String, Object> model = new HashMap<>();
    model.put("job", job(PromotionJobs.State.REFUSED));
    model.put("report", attestation(false));
    String html = render("espace/publication-job", Locale.FRENCH, model);

    assertThat(html).contains("Promotion de « signalements-citoyens »", "non conforme",
        "colonne « email_declarant » : 1 204 adresses e-mail personnelles (ex. j•••@gmail.com)");
  }

  @Test
  void theAttestationReadsInPlainFrenchAndTheEnglishPageRendersToo() {
    Attestation attestation = attestation(true);
    Map<String, Object> model = Map.of("attestation", attestation, "paragraphs",
        AttestationText.paragraphs(attestation));

    assertThat(render("attestation", Locale.FRENCH, model)).contains("Colonnes retirées : « email_declarant »",
        "supprimer la colonne", "L311-7", "Contrôles avant publication", "version 2");
    assertThat(render("attestation", Locale.ENGLISH, model)).contains("Publication attestation", "removed");
    assertThat(render("espace/publication", Locale.ENGLISH, Map.of("rows", List.of(), "jobs",
        List.of(job(PromotionJobs.State.FAILED))))).contains("Job log", "failed", "1 Dec 2026, 10:30")
        .doesNotContain("01/12/2026");
  }

  private String render(String template, Locale locale, Map<String, Object> model) {
    Map<String, Object> variables = new HashMap<>(model);
    variables.put("me", new Subject("dora", Set.of(Role.DATA_OFFICER), Set.of()));
    variables.put("signedIn", true);
    variables.put("isAgent", false);
    variables.put("isPartner", false);
    variables.put("isDataOfficer", true);
    variables.put("isAdmin", false);
    variables.put("unreadNotifications", 1);
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/espace/publication");
    JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(new MockServletContext());
    WebContext context = new WebContext(application.buildExchange(request, new MockHttpServletResponse()), locale,
        Templates.withBeans(variables));
    LocaleContextHolder.setLocale(locale);
    try {
      return engine.process(template, context);
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }

  private static PublicationOverview.Row row(String id, PublishedDataset.State state,
      PublishedDataset.Tombstone tombstone, PromotionJobs.State jobState) {
    Decision decision = new Decision(Status.COMMUNICABLE_AFTER_OCCULTATION, List.of(LegalBasis.L311_7),
        plan(), null, null, "motif", LocalDate.of(2027, 12, 1), "dora", LocalDate.of(2026, 11, 30));
    return new PublicationOverview.Row(dataset(id), new VersionedDecision(2, decision, AT, "dora"),
        Status.COMMUNICABLE_AFTER_OCCULTATION, List.of(new PublishedDataset(id, id, Publication.Kind.DATASET,
            "voirie", "signalements_citoyens", state, 3, AT, tombstone)), job(jobState));
  }

  private static Dataset dataset(String id) {
    return new Dataset(id, "voirie", id.replace('-', '_'), new Dataset.Metadata("Titre de " + id, "", "voirie", "dora",
        null, List.of(), "etalab-2.0", null, null, null, null, null), Visibility.CONFIDENTIAL, false,
        DatasetState.ACTIVE, AT, "dora", AT, "dora", 0);
  }

  private static PromotionJobs.Job job(PromotionJobs.State state) {
    return new PromotionJobs.Job(UUID.randomUUID(), "signalements-citoyens", PromotionJobs.Trigger.LOAD, "système", AT,
        state, 2, 5, AT, "node", AT, AT, state.finished() ? AT : null, state == PromotionJobs.State.RUNNING
            ? "lecture, occultation, contrôle de chaque ligne et écriture" : null, 400_000L, 399_000L, 1_000_000L,
        "signalements-citoyens", 3, UUID.randomUUID(), state == PromotionJobs.State.REFUSED
            ? "refusé par le contrôle avant publication : colonne « email_declarant »" : "version 3 publiée", null);
  }

  private static OccultationPlan plan() {
    return new OccultationPlan(List.of(new ColumnRule.Drop("email_declarant"), new ColumnRule.Keep("categorie")));
  }

  private static Attestation attestation(boolean passed) {
    return new Attestation(UUID.randomUUID(), "signalements-citoyens", "Signalements", 2,
        "open.voirie.signalements_citoyens", new Attestation.Source("signalements-citoyens",
            "internal.voirie.signalements_citoyens", 42L), new Attestation.DecisionSummary(2,
            "communicable après occultation", List.of(LegalBasis.L311_7.cite()), "données personnelles occultées",
            "dora", AT, null),
        List.of(new Attestation.ColumnTreatment("email_declarant", "supprimer la colonne", false, false),
            new Attestation.ColumnTreatment("latitude", "généraliser la position à une grille de 200 m", true, true),
            new Attestation.ColumnTreatment("categorie", "publier tel quel", true, false)),
        plan().describe(), List.of(new Attestation.Check("detecteurs", "détecteurs de données personnelles", passed,
            passed ? "aucune donnée personnelle" : "colonne « email_declarant » : 1 204 adresses e-mail personnelles"
                + " (ex. j•••@gmail.com) dans la sortie, non couvert(e)s par le plan")),
        new Attestation.Counts(20_000, 20_000, 0, 0), new Attestation.Changes(100, 0, null, List.of()),
        List.of(new Attestation.ExportSummary("csv", 1234, "ab12", 20_000)), "dora", "manual", AT);
  }
}
