package fr.socle.lakehouse.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * First names and surnames of the town's people. First names are INSEE's most frequent ones (4,000 per sex, most
 * frequent first; INSEE, Fichier des prénoms, Licence Ouverte), drawn with Zipf weights by rank so that any sample
 * has both frequent and rare names. The source list carries most accented names twice (« francoise »,
 * « françoise »); the accented spelling is kept at the rank of the first. Surnames: common French surnames, listed
 * here since no public list ships with the project.
 */
final class PersonNames {
  enum Sex {
    F, M
  }

  private static final PersonNames INSTANCE = new PersonNames();

  private final List<String> feminine;
  private final List<String> masculine;
  private final Weighted<String> feminineByRank;
  private final Weighted<String> masculineByRank;
  private final Weighted<String> surnames;

  private PersonNames() {
    feminine = load("prenoms-feminins-insee.txt");
    masculine = load("prenoms-masculins-insee.txt");
    feminineByRank = Weighted.byRank(feminine, 4, 1.05);
    masculineByRank = Weighted.byRank(masculine, 4, 1.05);
    surnames = Weighted.byRank(Surnames.COMMON, 20, 0.6);
  }

  static PersonNames get() {
    return INSTANCE;
  }

  /** A first name, capitalised as civil registers write it (« Marie-Thérèse »). */
  String firstName(DemoRandom random, Sex sex) {
    return (sex == Sex.F ? feminineByRank : masculineByRank).draw(random);
  }

  /** A first name among the {@code top} most frequent: elected officials and agents are adults, not the tail. */
  String commonFirstName(DemoRandom random, Sex sex, int top) {
    List<String> names = sex == Sex.F ? feminine : masculine;
    return names.get(random.nextInt(Math.min(top, names.size())));
  }

  String surname(DemoRandom random) {
    return surnames.draw(random);
  }

  List<String> firstNames(Sex sex) {
    return sex == Sex.F ? feminine : masculine;
  }

  private static List<String> load(String resource) {
    Map<String, String> byFolded = new LinkedHashMap<>();
    try (InputStream in = PersonNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (name.isEmpty()) {
          continue;
        }
        String folded = fold(name);
        String known = byFolded.get(folded);
        if (known == null || (known.equals(folded) && !name.equals(folded))) {
          byFolded.put(folded, name); // keeps the first rank, prefers the accented spelling
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> names = new ArrayList<>(byFolded.size());
    for (String name : byFolded.values()) {
      names.add(capitalise(name));
    }
    return List.copyOf(names);
  }

  static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /** « marie-thérèse » → « Marie-Thérèse »; « n'deye » → « N'deye » (the SCDL prénoms pattern). */
  static String capitalise(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean start = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-' || c == ' ';
    }
    return sb.toString();
  }

  private static final Map<String, String> ASCII = new ConcurrentHashMap<>();

  /** « Lefèvre » → « lefevre », « Le Gall » → « legall »: for e-mail local parts (cached: names repeat). */
  static String asciiLower(String text) {
    return ASCII.computeIfAbsent(text, t -> fold(t).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", ""));
  }
}
