package fr.socle.policies.detection;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a column besides its values: its name, the SCDL schema of its dataset, the names of the other
 * columns. Names help but never decide alone: a context only makes ambiguous values count (a bare "DURAND" in a
 * {@code nom} column next to a {@code prenom} column, a decimal in a {@code latitude} column); a value still has to
 * look like the thing. Built once per column, then shared by every value of it.
 */
public final class ColumnContext {
  /** No name, no schema: only what values say on their own counts. Declared after the word sets it uses. */
  public static final ColumnContext NONE = new ColumnContext("", null, List.of());

  private final String name;
  private final @Nullable String schema;
  private final List<String> siblings;
  private final Set<String> tokens;
  private final boolean siblingFirstName;
  private final boolean expectsSurname;
  private final boolean expectsPersonName;
  private final boolean namesPlace;
  private final boolean expectsFirstName;
  private final boolean expectsIdentifier;
  private final boolean expectsPlate;
  private final boolean expectsBirthDate;
  private final boolean expectsNir;
  private final boolean expectsBic;
  private final boolean expectsBusinessNumber;
  private final boolean expectsLatitude;
  private final boolean expectsLongitude;
  private final boolean expectsProjected;
  private final boolean isFacilityContact;
  private final boolean isFacilitySchema;

  /**
   * @param name the column name as the source spells it ({@code EQUIP_TEL}, {@code nomBeneficiaire})
   * @param schema the SCDL/Etalab schema of the dataset ({@code equipements}), or null
   * @param siblings the names of the other columns of the dataset
   */
  public ColumnContext(String name, @Nullable String schema, Collection<String> siblings) {
    this.name = requireNonNull(name, "name");
    this.schema = schema == null ? null : schema.strip().toLowerCase(Locale.ROOT);
    this.siblings = List.copyOf(siblings);
    this.tokens = ColumnNames.tokens(name);
    this.siblingFirstName = this.siblings.stream().anyMatch(s -> !s.equals(name) && ColumnNames.isFirstNameColumn(ColumnNames.tokens(s)));
    // Computed once: matchers ask for every value.
    this.expectsSurname = computeExpectsSurname();
    this.expectsPersonName = computeExpectsPersonName();
    this.namesPlace = computeNamesPlace();
    this.expectsFirstName = computeExpectsFirstName();
    this.expectsPlate = hasAny("immat", "immatriculation", "plaque", "vehicule", "vehicules", "voiture");
    this.expectsIdentifier = hasAny("id", "ref", "reference", "numero", "num", "facture", "dossier", "commande",
        "contrat", "compte", "identifiant", "uid", "cle", "code") && !hasAny("tel");
    this.expectsBirthDate = computeExpectsBirthDate();
    this.expectsNir = computeExpectsNir();
    this.expectsBic = computeExpectsBic();
    this.expectsBusinessNumber = computeExpectsBusinessNumber();
    this.expectsLatitude = computeExpectsLatitude();
    this.expectsLongitude = computeExpectsLongitude();
    this.expectsProjected = computeExpectsProjected();
    this.isFacilityContact = computeIsFacilityContact();
    this.isFacilitySchema = computeIsFacilitySchema();
  }

  public static ColumnContext of(String name) {
    return new ColumnContext(name, null, List.of());
  }

  /** The contexts of every column of a dataset, each knowing its siblings. */
  public static List<ColumnContext> forDataset(List<String> columns, @Nullable String schema) {
    List<ColumnContext> contexts = new ArrayList<>(columns.size());
    for (String column : columns) {
      contexts.add(new ColumnContext(column, schema, columns));
    }
    return List.copyOf(contexts);
  }

  public String name() {
    return name;
  }

  public @Nullable String schema() {
    return schema;
  }

  public List<String> siblings() {
    return siblings;
  }

  @Override
  public String toString() {
    return schema == null ? name : schema + "." + name;
  }

  // What the name suggests. Package-private: only the matchers weigh them.

  boolean expectsSurname() {
    return expectsSurname;
  }

  boolean expectsPersonName() {
    return expectsPersonName;
  }

  boolean namesPlace() {
    return namesPlace;
  }

  boolean expectsFirstName() {
    return expectsFirstName;
  }

  boolean expectsPlate() {
    return expectsPlate;
  }

  /** The column holds references or numbers of something ({@code numero_facture}, {@code ref}, {@code id}). */
  boolean expectsIdentifier() {
    return expectsIdentifier;
  }

  boolean expectsBirthDate() {
    return expectsBirthDate;
  }

  boolean expectsNir() {
    return expectsNir;
  }

  boolean expectsBic() {
    return expectsBic;
  }

  boolean expectsBusinessNumber() {
    return expectsBusinessNumber;
  }

  boolean expectsLatitude() {
    return expectsLatitude;
  }

  boolean expectsLongitude() {
    return expectsLongitude;
  }

  boolean expectsProjected() {
    return expectsProjected;
  }

  boolean isFacilityContact() {
    return isFacilityContact;
  }

  boolean isFacilitySchema() {
    return isFacilitySchema;
  }


  /**
   * Bare words in this column are surnames: {@code nom_naissance}, {@code patronyme}, {@code nom_usage}, or a
   * {@code nom} beside a {@code prenom} column. A {@code nom} alone, {@code nomBeneficiaire} (a company or an
   * association as often as a person) or {@code nom_commune} is not enough: full names are still found there by
   * their shape.
   */
  private boolean computeExpectsSurname() {
    if (tokens.stream().anyMatch(ColumnNames.PLACE_QUALIFIERS::contains) || tokens.stream().anyMatch(ColumnNames.OTHER_QUALIFIERS::contains)) {
      return false;
    }
    if (hasAny("lastname", "surname", "patronyme", "nomusage", "nomnaissance", "nomfamille", "nomprenom",
        "prenomnom", "identite", "fullname", "nomcomplet", "nom_prenom", "nom_complet", "nomdefamille",
        "nommarital", "nomepouse", "nomjeunefille")) {
      return true;
    }
    return hasAny("nom", "noms", "name") && siblingFirstName;
  }

  /**
   * The column is about people ({@code demandeur}, {@code nom_prenom_usager}, {@code beneficiaire}): a first name
   * followed by a word counts even in lower case ("jean dupont").
   */
  private boolean computeExpectsPersonName() {
    if (computeNamesPlace()) {
      return false;
    }
    return computeExpectsSurname() || tokens.stream().anyMatch(ColumnNames.PERSON_QUALIFIERS::contains);
  }

  /**
   * The column names a place, a facility or an organisation ({@code nom_ecole}, {@code nom_voie},
   * {@code EQUIP_NOM}, {@code nom_commune}): "Jules Ferry" there is a school, "VICTOR HUGO" a street. Only a civil
   * title ("M. Dupont") still makes a person of it.
   */
  private boolean computeNamesPlace() {
    return tokens.stream().anyMatch(ColumnNames.PLACE_QUALIFIERS::contains)
        && tokens.stream().noneMatch(ColumnNames.PERSON_QUALIFIERS::contains);
  }

  private boolean computeExpectsFirstName() {
    return ColumnNames.isFirstNameColumn(tokens);
  }

  private boolean computeExpectsBirthDate() {
    return hasAny("naissance", "birth", "birthdate", "dob", "ddn", "datenaissance", "datenais", "nais", "ne_le",
        "nele", "birthday");
  }

  private boolean computeExpectsNir() {
    return hasAny("nir", "secu", "nss", "securite", "numsecu", "insee_personne", "ss")
        && !hasAny("commune", "code_commune", "cog");
  }

  private boolean computeExpectsBic() {
    return hasAny("bic", "swift");
  }

  private boolean computeExpectsBusinessNumber() {
    return hasAny("siret", "siren", "idbeneficiaire", "idattribuant", "id_beneficiaire", "id_attribuant", "sirene");
  }

  private boolean computeExpectsLatitude() {
    return hasAny("lat", "latitude", "y_wgs84", "lat_wgs84", "latitud");
  }

  private boolean computeExpectsLongitude() {
    return hasAny("lon", "long", "lng", "longitude", "x_wgs84", "lon_wgs84");
  }

  /** Projected metres (Lambert-93): {@code x}, {@code y}, {@code x_l93}, {@code coord_x}. */
  private boolean computeExpectsProjected() {
    return hasAny("x", "y", "xl93", "yl93", "x_l93", "y_l93", "lambert", "l93", "coordx", "coordy", "coord_x",
        "coord_y", "x_lambert", "y_lambert");
  }

  /**
   * The column holds the contacts of a public facility or service: its switchboard, its mailbox, its address. An
   * équipements dataset (SCDL {@code EQUIP_TEL}, {@code EQUIP_EMAIL}, {@code ADR_*}), or a name like
   * {@code tel_accueil}, {@code standard}, {@code email_service}.
   */
  private boolean computeIsFacilityContact() {
    if (computeIsFacilitySchema()) {
      return true;
    }
    return hasAny("accueil", "standard", "mairie", "service", "services", "guichet", "secretariat", "equip",
        "equipement", "etablissement", "structure", "erp", "station", "site", "gestionnaire", "organisme");
  }

  private boolean computeIsFacilitySchema() {
    return schema != null && ColumnNames.FACILITY_SCHEMAS.contains(schema);
  }

  private boolean hasAny(String... candidates) {
    for (String candidate : candidates) {
      if (tokens.contains(candidate)) {
        return true;
      }
    }
    return false;
  }
}
