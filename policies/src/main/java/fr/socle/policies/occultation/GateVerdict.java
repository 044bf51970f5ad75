package fr.socle.policies.occultation;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.detection.FindingKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The gate's answer for a whole output: pass, or the reasons (French) the write must not be committed, each also
 * as a {@link Failure} that says which check failed and where: the column, the kind of value, how many rows, masked
 * examples. Never a value itself.
 */
public record GateVerdict(long rows, List<String> reasons, List<Failure> failures) {
  public GateVerdict {
    reasons = List.copyOf(reasons);
    failures = List.copyOf(failures);
  }

  public GateVerdict(long rows, List<String> reasons) {
    this(rows, reasons, List.of());
  }

  public boolean passed() {
    return reasons.isEmpty();
  }

  /** The checks of the gate. */
  public enum Check {
    /** Personal data the plan does not make safe, found by the detectors in a published value. */
    DETECTORS("détecteurs de données personnelles"),
    /** Groups over the quasi-identifiers smaller than k. */
    K_ANONYMITY("k-anonymat"),
    /** Aggregate cells under the secrecy threshold. */
    CELL_SECRECY("secret statistique des cases");

    private final String label;

    Check(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One failed check. {@code column} is the column (or the quasi-identifiers, comma-separated) where it failed;
   * {@code kind} the kind of value for the detectors; {@code rows} the rows concerned; {@code examples} masked.
   */
  public record Failure(Check check, @Nullable String column, @Nullable FindingKind kind, long rows,
      List<String> examples, String message) {
    public Failure {
      requireNonNull(check, "check");
      examples = List.copyOf(examples);
      requireNonNull(message, "message");
    }
  }
}
