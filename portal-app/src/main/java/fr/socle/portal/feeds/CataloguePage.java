package fr.socle.portal.feeds;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of the catalogue: its number (from 1), its size and how many entries the whole catalogue has. */
record CataloguePage(int number, int size, int total) {
  static final int DEFAULT_SIZE = 100;
  static final int MAX_SIZE = 1000;

  CataloguePage {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page_size doit être compris entre 1 et " + MAX_SIZE);
    }
    if (number < 1) {
      throw new IllegalArgumentException("page doit être un entier supérieur ou égal à 1");
    }
  }

  /** The page asked for by {@code page} and {@code page_size}; the defaults when absent. */
  static CataloguePage of(@Nullable String page, @Nullable String size, int total) {
    CataloguePage asked = new CataloguePage(number("page", page, 1), number("page_size", size, DEFAULT_SIZE), total);
    if (asked.number > asked.last()) {
      throw new IllegalArgumentException("page " + asked.number + " : le catalogue n'a que " + asked.last()
          + " page(s) de " + asked.size + " jeux de données");
    }
    return asked;
  }

  private static int number(String name, @Nullable String text, int absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " doit être un entier");
    }
  }

  int last() {
    return Math.max(1, (total + size - 1) / size);
  }

  <T> List<T> of(List<T> all) {
    return all.stream().skip((long) (number - 1) * size).limit(size).toList();
  }
}
