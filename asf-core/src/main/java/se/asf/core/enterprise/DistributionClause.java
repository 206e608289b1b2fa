package se.asf.core.enterprise;

import static se.asf.core.internal.Texts.NON_BLANK;
import static se.asf.core.internal.Texts.NON_BLANK_MESSAGE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import se.asf.core.internal.Texts;
import se.asf.core.style.AsfStyle;

/** A clause in the statutes about profit distribution: what it provides and where it stands. */
@Value.Immutable
@AsfStyle
public abstract class DistributionClause {

  DistributionClause() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static DistributionClauseBuilder builder() {
    return new DistributionClauseBuilder();
  }

  /**
   * Creates a clause from its rule alone.
   *
   * @param rule what the clause provides
   * @return the clause
   */
  public static DistributionClause of(DistributionRule rule) {
    return builder().rule(rule).build();
  }

  /**
   * Returns what the clause provides.
   *
   * @return the rule
   */
  @NotNull
  public abstract DistributionRule getRule();

  /**
   * Returns the clause as written, when quoted.
   *
   * @return the text, or empty
   */
  public abstract Optional<@Pattern(regexp = NON_BLANK, message = NON_BLANK_MESSAGE) String> getText();

  /**
   * Returns the statutes the clause stands in.
   *
   * @return the document, or empty
   */
  public abstract Optional<@Valid DocumentReference> getDocument();

  @Value.Check
  void check() {
    getText().ifPresent(text -> Texts.requireNonBlank(text, "text"));
  }
}
