package fr.socle.policies.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words looked up by slices of a value, folded (case and accents ignored), without allocating: the matchers ask
 * "is characters 12 to 17 of this value a voie type?" millions of times a second. Each word carries an int of flags
 * (1 for a plain set), so one probe answers several questions ({@link Vocabulary}).
 */
final class Lexicon {
  private final String[] table;
  private final int[] flags;
  private final int mask;
  private final int size;

  private Lexicon(Map<String, Integer> words) {
    int capacity = Integer.highestOneBit(Math.max(16, words.size() * 3)) << 1;
    this.table = new String[capacity];
    this.flags = new int[capacity];
    this.mask = capacity - 1;
    int added = 0;
    for (Map.Entry<String, Integer> word : words.entrySet()) {
      String folded = Chars.fold(word.getKey().strip());
      if (folded.isEmpty()) {
        continue;
      }
      int slot = hash(folded, 0, folded.length()) & mask;
      while (table[slot] != null && !table[slot].equals(folded)) {
        slot = (slot + 1) & mask;
      }
      if (table[slot] == null) {
        table[slot] = folded;
        added++;
      }
      flags[slot] |= word.getValue();
    }
    this.size = added;
  }

  static Lexicon of(String... words) {
    return of(List.of(words));
  }

  static Lexicon of(Collection<String> words) {
    HashMap<String, Integer> flagged = new HashMap<>();
    words.forEach(w -> flagged.put(w, 1));
    return new Lexicon(flagged);
  }

  /** Words with flags; a word listed under several keys of the caller gets the union. */
  static Lexicon flagged(Map<String, Integer> words) {
    return new Lexicon(words);
  }

  /** One word a line, UTF-8, from the classpath next to this class. */
  static List<String> readResource(String name) {
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + name);
    }
    List<String> words = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          words.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  int size() {
    return size;
  }

  boolean contains(CharSequence s) {
    return contains(s, 0, s.length());
  }

  boolean contains(CharSequence s, int start, int end) {
    return flags(s, start, end) != 0;
  }

  /** The flags of the word, 0 when absent. */
  int flags(CharSequence s, int start, int end) {
    if (end <= start) {
      return 0;
    }
    int slot = hash(s, start, end) & mask;
    for (String entry = table[slot]; entry != null; entry = table[slot]) {
      if (matches(entry, s, start, end)) {
        return flags[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  private static boolean matches(String entry, CharSequence s, int start, int end) {
    if (entry.length() != end - start) {
      return false;
    }
    for (int i = 0; i < entry.length(); i++) {
      if (entry.charAt(i) != Chars.fold(s.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + Chars.fold(s.charAt(i));
    }
    return h ^ (h >>> 16);
  }
}
