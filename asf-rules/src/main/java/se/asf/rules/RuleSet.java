package se.asf.rules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.style.AsfStyle;

/**
 * A named, versioned list of rules, applied in order to give an {@link Assessment}.
 *
 * <p>Rule sets are composed from rules: the library's sets
 * ({@link se.asf.rules.definition.TillvaxtverketDefinition},
 * {@link se.asf.rules.definition.SkoopiProfile}, {@link se.asf.rules.reserved.ProcurementRules})
 * are built from the same rules an application can use to build its own. The same enterprise, date
 * and rule-set version always give the same assessment.
 */
@Value.Immutable
@AsfStyle
public abstract class RuleSet {

  RuleSet() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static RuleSetBuilder builder() {
    return new RuleSetBuilder();
  }

  /**
   * Returns the rule set's id.
   *
   * @return for example {@code TVV-ASF}
   */
  @NotBlank
  public abstract String getId();

  /**
   * Returns the rule set's version; change it whenever a rule's behaviour changes.
   *
   * @return the version
   */
  @NotBlank
  public abstract String getVersion();

  /**
   * Returns the reference of the procurement the rule set was built for, if any.
   *
   * @return the reference, or empty
   */
  public abstract Optional<String> getProcurementReference();

  /**
   * Returns the rules, in the order their findings are listed; each id at most once.
   *
   * @return the rules
   */
  @NotEmpty
  public abstract List<Rule> getRules();

  @Value.Check
  void check() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : getRules()) {
      if (!ids.add(rule.getId())) {
        throw new InvariantViolationException(Invariant.DUPLICATE_ENTRY, "rules", rule.getId());
      }
    }
  }

  /**
   * Assesses an enterprise as of a date.
   *
   * <p>No validation pass runs: an {@link Enterprise} cannot be built in a state its Jakarta
   * constraints would reject, because its builders enforce the same invariants when it is built.
   * What depends on the assessment date, such as a workforce period after it, is judged by the
   * rules and reported in their findings.
   *
   * @param enterprise the enterprise, as a whole legal entity
   * @param assessmentDate the date as of which it is assessed, such as the tender deadline
   * @return the assessment: one finding per rule and the overall outcome
   */
  public Assessment assess(Enterprise enterprise, LocalDate assessmentDate) {
    // No builder on this path: one array of findings, wrapped (not copied: nothing else holds it).
    List<Rule> rules = getRules();
    Finding[] findings = new Finding[rules.size()];
    for (int i = 0; i < findings.length; i++) {
      findings[i] = Objects.requireNonNull(rules.get(i).evaluate(enterprise, assessmentDate), "finding");
    }
    return new Assessment(enterprise.getName(), enterprise.getIdentity().toString(), getId(), getVersion(),
        getProcurementReference().orElse(null), Objects.requireNonNull(assessmentDate, "assessmentDate"),
        Collections.unmodifiableList(Arrays.asList(findings)));
  }
}
