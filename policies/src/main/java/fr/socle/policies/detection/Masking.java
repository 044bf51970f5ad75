package fr.socle.policies.detection;

/**
 * Masked examples: enough to recognise the kind and the form ("06 •• •• •• ••", "j•••@gmail.com",
 * "1 •• •• •• ••• ••• ••"), never the value. Only the matched span is shown, not the text around it.
 */
public final class Masking {
  static final char MASK = '•';
  private static final int MAX_LENGTH = 48;

  private Masking() {}

  /** The masked form of characters {@code start..end} of {@code value}, as a finding of {@code kind}. */
  public static String mask(FindingKind kind, CharSequence value, int start, int end) {
    int to = Math.min(end, start + MAX_LENGTH);
    StringBuilder out = new StringBuilder(to - start + 1);
    switch (kind) {
      case EMAIL, SERVICE_EMAIL -> email(kind, value, start, to, out);
      case PHONE, SERVICE_PHONE -> keepPrefix(value, start, to, out, phonePrefix(value, start, to));
      case NIR -> keepPrefix(value, start, to, out, 1);
      case IBAN -> keepPrefix(value, start, to, out, 2);
      default -> words(value, start, to, out);
    }
    if (to < end) {
      out.append('…');
    }
    return out.toString();
  }

  private static void email(FindingKind kind, CharSequence s, int start, int end, StringBuilder out) {
    int at = start;
    while (at < end && s.charAt(at) != '@') {
      at++;
    }
    if (kind == FindingKind.SERVICE_EMAIL) {
      out.append(s, start, at);
    } else if (at > start) {
      out.append(s.charAt(start)).append(MASK).append(MASK).append(MASK);
    }
    if (at >= end) {
      return;
    }
    out.append('@');
    if (EmailMatcher.WEBMAIL.contains(s, at + 1, end)) {
      out.append(s, at + 1, end);
      return;
    }
    int lastDot = end;
    for (int i = end - 1; i > at; i--) {
      if (s.charAt(i) == '.') {
        lastDot = i;
        break;
      }
    }
    if (at + 1 < lastDot) {
      out.append(s.charAt(at + 1)).append(MASK).append(MASK).append(MASK);
    }
    out.append(s, lastDot, end);
  }

  /** The digits that tell a mobile from a landline: "06", "+33 6", "+33 (0)6", "0033 6". */
  private static int phonePrefix(CharSequence s, int start, int end) {
    int p = start;
    if (s.charAt(p) == '+') {
      p += 3;
    } else if (end - start > 4 && s.charAt(p + 1) == '0') {
      p += 4;
    } else {
      return Math.min(2, end - start);
    }
    while (p < end && !Chars.isDigit(s.charAt(p))) {
      p++;
    }
    if (p < end && s.charAt(p) == '0') {
      p++;
      while (p < end && !Chars.isDigit(s.charAt(p))) {
        p++;
      }
    }
    return Math.min(end - start, p - start + 1);
  }

  private static void keepPrefix(CharSequence s, int start, int end, StringBuilder out, int keep) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      out.append(i - start < keep || !Chars.isLetterOrDigit(c) ? c : MASK);
    }
  }

  private static void words(CharSequence s, int start, int end, StringBuilder out) {
    boolean wordStart = true;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (Chars.isLetterOrDigit(c)) {
        out.append(wordStart ? c : MASK);
        wordStart = false;
      } else {
        out.append(c);
        wordStart = true;
      }
    }
  }
}
