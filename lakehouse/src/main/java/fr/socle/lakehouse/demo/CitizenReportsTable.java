package fr.socle.lakehouse.demo;

import fr.socle.lakehouse.demo.PersonNames.Sex;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Citizen reports (signalements) from the town's app, website, phone and front desk: the big table. 20,000 rows per
 * unit of scale over four years, streamed (one row in memory at a time, timestamps increasing day by day). The free
 * text is what people type: it names streets and facilities after persons (not personal data), and sometimes a
 * phone number, an e-mail address, a neighbour's name, a signature or a health detail (personal data).
 */
final class CitizenReportsTable implements DemoTable {
  static final int ROWS_PER_SCALE = 20_000;
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  private static final LocalDate LAST_DAY = Town.EXTRACTION_DATE;

  private static final List<Column> COLUMNS = List.of(
      new Column("id_signalement", "Identifiant du signalement attribué par l'application de gestion (SIG-nnnnnnnn)."),
      new Column("date_signalement", "Date et heure de réception du signalement (heure locale, ISO 8601)."),
      new Column("canal", "Canal de réception : application mobile, site internet, téléphone, accueil mairie, courriel."),
      new Column("categorie", "Catégorie choisie par le déclarant ou l'agent d'accueil."),
      new Column("description", "Texte libre saisi par le déclarant, non relu : peut contenir des noms, numéros de "
          + "téléphone, adresses électroniques ou informations de santé."),
      new Column("adresse", "Adresse du lieu signalé (numéro et voie), géocodée par l'application."),
      new Column("code_postal", "Code postal du lieu signalé."),
      new Column("quartier", "Quartier de la ville où se situe le lieu signalé."),
      new Column("latitude", "Latitude WGS84 du point signalé (6 décimales, position GPS du téléphone)."),
      new Column("longitude", "Longitude WGS84 du point signalé (6 décimales, position GPS du téléphone)."),
      new Column("email_declarant", "Adresse électronique personnelle du déclarant, si fournie."),
      new Column("telephone_declarant", "Numéro de téléphone mobile du déclarant, si fourni."),
      new Column("statut", "État du traitement : nouveau, pris en compte, en cours, résolu, clos sans suite."),
      new Column("date_cloture", "Date de clôture du signalement (résolu ou clos sans suite)."),
      new Column("service_traitant", "Service municipal chargé du traitement."));

  /** category | service | mean days to close | weight | templates separated by « ¦ ». */
  private static final String[] CATEGORIES = {
      "Voirie|Voirie|21|16|Nid-de-poule profond sur la chaussée devant le {num} {rue}, dangereux pour les deux-roues."
          + "¦Trottoir défoncé {rue}, une poussette ne peut plus passer.¦Affaissement de la chaussée à l'angle "
          + "{rue} / {rue2}.¦Plaque d'égout qui claque au passage des voitures {rue}, à hauteur du {num}.",
      "Éclairage public|Voirie|6|12|Lampadaire éteint depuis plusieurs jours devant le {num} {rue}.¦Tout l'éclairage "
          + "est coupé {rue} ce soir.¦Candélabre qui clignote en permanence près {du_equip}.",
      "Propreté|Propreté urbaine|3|18|Dépôt sauvage de gravats et de cartons derrière {le_equip}.¦Corbeille "
          + "débordante {rue}, les déchets s'envolent.¦Encombrants déposés sur le trottoir au {num} {rue} depuis une "
          + "semaine.¦Déjections canines sur tout le trottoir {rue}.",
      "Graffitis et tags|Propreté urbaine|9|6|Tags sur le mur {du_equip}.¦Graffitis injurieux sur l'abribus {rue}."
          + "¦Inscriptions à la bombe sur la façade du {num} {rue}.",
      "Espaces verts|Espaces verts|14|9|Branche cassée qui menace de tomber sur le trottoir {rue}.¦Herbes hautes "
          + "dans le square près {du_equip}, à tondre.¦Arbre penché après la tempête au niveau du {num} {rue}.",
      "Stationnement gênant|Police municipale|2|10|Véhicule garé sur le passage piéton devant le {num} {rue}."
          + "¦Stationnement sur la piste cyclable {rue} tous les matins.¦Voiture stationnée devant l'entrée "
          + "{du_equip}, accès pompiers bloqué.",
      "Nuisances sonores|Police municipale|5|7|Musique très forte tous les soirs après 23 h {rue}.¦Aboiements "
          + "incessants d'un chien au {num} {rue}.¦Rassemblement bruyant la nuit sur le parking {du_equip}.",
      "Mobilier urbain|Voirie|18|6|Banc cassé {rue}.¦Potelet arraché à l'angle {rue} / {rue2}.¦Vitre de l'abribus "
          + "brisée {rue}, éclats de verre au sol.",
      "Signalisation|Voirie|10|5|Panneau stop tombé au carrefour {rue} / {rue2}.¦Marquage au sol effacé sur le "
          + "passage piéton devant {le_equip}.¦Feu tricolore en panne {rue}.",
      "Animaux|Police municipale|7|4|Chat errant blessé vu près {du_equip}.¦Nid de frelons asiatiques dans un arbre "
          + "{rue}.¦Pigeons en grand nombre sous le porche du {num} {rue}.",
      "Véhicule abandonné|Police municipale|30|3|Voiture ventouse sans plaques depuis un mois {rue}.¦Scooter "
          + "abandonné et dégradé devant le {num} {rue}.",
      "Eau et assainissement|Voirie|12|4|Avaloir bouché, grosse flaque après chaque pluie {rue}.¦Fuite d'eau sur "
          + "la chaussée devant le {num} {rue}."};

  private static final String[] CHANNELS = {"application mobile", "site internet", "téléphone", "accueil mairie",
      "courriel"};
  private static final double[] CHANNEL_WEIGHTS = {45, 25, 15, 8, 7};
  /** Relative frequency of reports by hour of the day. */
  private static final double[] HOURLY = {
      0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.6, 1.5, 2.6, 3.0, 3.0, 2.8, 2.4, 2.5, 2.8, 2.8, 2.7, 2.6, 2.4, 2.1, 1.8, 1.4,
      0.9, 0.5};

  private final Town town;
  private final Facilities facilities;
  private final long seed;
  private final long rows;
  private final DemoDataset dataset;

  CitizenReportsTable(Town town, Facilities facilities, long seed, int scale) {
    this.town = town;
    this.facilities = facilities;
    this.seed = seed;
    this.rows = (long) ROWS_PER_SCALE * scale;
    this.dataset = DatasetBuilder.dataset("signalements-citoyens")
        .table("voirie", "signalements_citoyens")
        .title("Signalements des habitants sur l'espace public")
        .description("Signalements reçus par la ville depuis 2023 via l'application « Valmont dans ma poche », le "
            + "site internet, le standard et l'accueil de la mairie : voirie, éclairage, propreté, stationnement, "
            + "nuisances. Chaque signalement porte la position GPS précise du téléphone, l'adresse géocodée, le "
            + "texte libre du déclarant et ses coordonnées personnelles lorsqu'il les a laissées. Le texte libre "
            + "cite souvent des rues et des équipements portant des noms de personnes (rue Victor Hugo, Gymnase Jean "
            + "Moulin), qui ne sont pas des données personnelles, mais aussi parfois des numéros de téléphone, des "
            + "adresses électroniques, le nom d'un voisin ou une signature. Table volumineuse : " + rows
            + " lignes à cette échelle.")
        .producer("voirie", "dora")
        .theme("Régions et villes", "signalement", "espace public", "voirie", "propreté", "gestion relation usager")
        .updated("daily")
        .covering(FIRST_DAY, LAST_DAY)
        .csv("signalements-citoyens.csv", CsvDialect.SCDL)
        .intended(IntendedCase.COMMUNICABLE_AFTER_OCCULTATION,
            "L311-7 et L312-1-2 : publiable après occultation. Le courriel et le téléphone du déclarant sont des "
                + "données personnelles (à supprimer) ; le texte libre peut nommer des tiers ou révéler un "
                + "comportement (L311-6 3°) ou la santé (L311-6 1°) : à supprimer ou à remplacer par la seule "
                + "catégorie ; la position GPS à 6 décimales désigne souvent le domicile du déclarant : à "
                + "généraliser (maille de 200 m ou quartier). Catégorie, dates, statut et service sont publiables.")
        .columns(COLUMNS)
        .rows(rows)
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    DemoRandom random = DemoRandom.stream(seed, "signalements");
    Weighted<String[]> categories = categories();
    Weighted<String> channels = Weighted.of(List.of(CHANNELS), CHANNEL_WEIGHTS);
    PersonNames names = PersonNames.get();
    long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
    long written = 0;
    StringBuilder text = new StringBuilder(256);
    try (CsvOutput csv = new CsvOutput(out, dataset.csvDialect())) {
      csv.header(Column.names(COLUMNS));
      for (long day = 0; day < days; day++) {
        int today = (int) ((day + 1) * rows / days - day * rows / days);
        int[] seconds = secondsOfDay(random, today);
        LocalDate date = FIRST_DAY.plusDays(day);
        for (int second : seconds) {
          written++;
          row(csv, random, categories, channels, names, text, written, date, second);
          if (written % DemoTown.PROGRESS_INTERVAL == 0) {
            progress.accept(written);
          }
        }
      }
    }
    return written;
  }

  private void row(CsvOutput csv, DemoRandom random, Weighted<String[]> categories, Weighted<String> channels,
      PersonNames names, StringBuilder text, long id, LocalDate date, int second) throws IOException {
    String[] category = categories.draw(random);
    String channel = channels.draw(random);
    Address address = town.residentialAddress(random);
    Sex sex = random.chance(0.5) ? Sex.F : Sex.M;
    String firstName = names.commonFirstName(random, sex, 400);
    String surname = names.surname(random);

    StringBuilder id8 = csv.raw().append("SIG-");
    String number = Long.toString(id);
    for (int i = number.length(); i < 8; i++) {
      id8.append('0');
    }
    id8.append(number);
    timestamp(csv.raw(), date, second);
    csv.text(channel).text(category[0]);
    boolean hasEmail = !channel.equals("accueil mairie") && random.chance(channel.equals("courriel") ? 1.0 : 0.55);
    String email = hasEmail ? Contacts.webmail(random, firstName, surname) : "";
    String phone = random.chance(channel.equals("téléphone") ? 0.9 : 0.4) ? Contacts.mobile(random) : "";
    csv.text(description(random, text, category, address, names, email, phone, firstName, surname));
    csv.text(address.line()).text(Town.POSTCODE);
    double x = address.x() + random.gaussian() * 6;
    double y = address.y() + random.gaussian() * 6;
    csv.text(town.quartiers().get(town.quartierAt(x, y)).name());
    csv.scaled(Town.FRAME.microLatitude(y), 6).scaled(Town.FRAME.microLongitude(x), 6);
    csv.text(email).text(phone);
    long age = Town.EXTRACTION_DATE.toEpochDay() - date.toEpochDay();
    int delay = (int) Math.min(365, Math.round(-Integer.parseInt(category[2]) * StrictMath.log(1 - random.nextDouble())));
    if (delay <= age) {
      csv.text(random.chance(0.86) ? "résolu" : "clos sans suite").date(date.plusDays(delay));
    } else {
      csv.text(age < 2 ? "nouveau" : random.chance(0.3) ? "pris en compte" : "en cours").empty();
    }
    csv.text(category[1]);
    csv.endRow();
  }

  private String description(DemoRandom random, StringBuilder text, String[] category, Address address,
      PersonNames names, String email, String phone, String firstName, String surname) {
    text.setLength(0);
    if (random.chance(0.004)) {
      return "";
    }
    String template = category[4 + random.nextInt(category.length - 4)];
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '{') {
        text.append(c);
        continue;
      }
      int end = template.indexOf('}', i);
      switch (template.substring(i + 1, end)) {
        case "rue" -> text.append(address.street().label());
        case "rue2" -> text.append(random.pick(town.streets()).label());
        case "num" -> text.append(address.numberLabel());
        case "le_equip" -> text.append(random.pick(facilities.all()).withArticle());
        case "du_equip" -> text.append(random.pick(facilities.all()).afterDe());
        default -> throw new IllegalStateException(template);
      }
      i = end;
    }
    double roll = random.nextDouble();
    if (roll < 0.05) {
      text.append(" Merci de me rappeler au ").append(phone.isEmpty() ? Contacts.mobile(random) : phone).append('.');
    } else if (roll < 0.08) {
      text.append(" Vous pouvez me répondre à ")
          .append(email.isEmpty() ? Contacts.webmail(random, firstName, surname) : email).append('.');
    } else if (roll < 0.12) {
      Sex sex = random.chance(0.5) ? Sex.F : Sex.M;
      String who = (sex == Sex.F ? "Mme " : "M. ") + names.surname(random);
      text.append(switch (random.nextInt(3)) {
        case 0 -> " C'est encore le fait de " + who + ", qui habite au " + random.between(1, 60) + ".";
        case 1 -> " Déjà signalé par ma voisine, " + (sex == Sex.F ? "Mme " : "M. ")
            + names.commonFirstName(random, sex, 400) + " " + names.surname(random) + ", sans suite.";
        default -> " Le propriétaire, " + who + ", refuse d'intervenir.";
      });
    } else if (roll < 0.14) {
      text.append("\nCordialement,\n").append(firstName).append(' ').append(surname.toUpperCase(Locale.ROOT));
    } else if (roll < 0.15) {
      text.append(random.pick(" Je me déplace en fauteuil roulant et je ne peux plus passer.",
          " Je suis enceinte et je suis tombée à cet endroit hier.",
          " Mon fils asthmatique ne supporte plus la fumée des brûlages."));
    }
    return text.toString();
  }

  private static void timestamp(StringBuilder out, LocalDate date, int second) {
    out.append(date.getYear()).append('-');
    Numbers.appendTwoDigits(out, date.getMonthValue());
    out.append('-');
    Numbers.appendTwoDigits(out, date.getDayOfMonth());
    out.append('T');
    Numbers.appendTwoDigits(out, second / 3600);
    out.append(':');
    Numbers.appendTwoDigits(out, second / 60 % 60);
    out.append(':');
    Numbers.appendTwoDigits(out, second % 60);
  }

  /** {@code count} times of day in seconds, increasing, mostly in the daytime. */
  private static int[] secondsOfDay(DemoRandom random, int count) {
    int[] seconds = new int[count];
    double total = Arrays.stream(HOURLY).sum();
    for (int i = 0; i < count; i++) {
      double target = random.nextDouble() * total;
      int hour = 0;
      while (hour < 23 && target >= HOURLY[hour]) {
        target -= HOURLY[hour];
        hour++;
      }
      seconds[i] = hour * 3600 + random.nextInt(3600);
    }
    Arrays.sort(seconds);
    return seconds;
  }

  private static Weighted<String[]> categories() {
    List<String[]> parsed = Arrays.stream(CATEGORIES).map(line -> {
      String[] head = line.split("\\|", 5);
      String[] templates = head[4].split("¦");
      String[] all = new String[4 + templates.length];
      System.arraycopy(head, 0, all, 0, 4);
      System.arraycopy(templates, 0, all, 4, templates.length);
      return all;
    }).toList();
    double[] weights = parsed.stream().mapToDouble(c -> Double.parseDouble(c[3])).toArray();
    return Weighted.of(parsed, weights);
  }
}
