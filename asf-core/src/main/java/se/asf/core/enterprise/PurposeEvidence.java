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

/**
 * Evidence of an enterprise's purpose: Tillväxtverket's first ASF criterion, that the overarching
 * purpose is to integrate people who have great difficulty getting or keeping a job into working
 * life and society (seed 003, chapter 2), and, for LOU 19 kap. 6 a §, whether the statutes give an
 * exclusively public-benefit purpose.
 *
 * <p>The library does not read statutes: the evidence states what the clause says, where it stands
 * and how strong the source is, and a rule judges that.
 */
@Value.Immutable
@AsfStyle
public abstract class PurposeEvidence {

  PurposeEvidence() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static PurposeEvidenceBuilder builder() {
    return new PurposeEvidenceBuilder();
  }

  /**
   * Returns where the statement comes from.
   *
   * @return the source
   */
  @NotNull
  public abstract EvidenceSource getSource();

  /**
   * Tells whether work integration is stated as the overarching purpose.
   *
   * @return {@code true} when the stated overarching purpose is to integrate people far from the
   *     labour market into working life and society
   */
  public abstract boolean isIntegrationOverarching();

  /**
   * Returns what the statutes say about a public-benefit purpose, when known.
   *
   * @return the scope, or empty when not stated in the evidence
   */
  public abstract Optional<PublicBenefitScope> getPublicBenefit();

  /**
   * Returns the purpose clause as written, when quoted.
   *
   * @return the clause, or empty
   */
  public abstract Optional<@Pattern(regexp = NON_BLANK, message = NON_BLANK_MESSAGE) String> getClause();

  /**
   * Returns the document the clause stands in.
   *
   * @return the document, or empty
   */
  public abstract Optional<@Valid DocumentReference> getDocument();

  @Value.Check
  void check() {
    getClause().ifPresent(clause -> Texts.requireNonBlank(clause, "clause"));
  }
}
