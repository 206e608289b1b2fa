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
 * Evidence of how co-workers take part in the enterprise (delaktighet), and where it is written
 * down. Skoopi's profile requires it in writing: a {@link #getDocument() document}.
 */
@Value.Immutable
@AsfStyle
public abstract class ParticipationEvidence {

  ParticipationEvidence() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static ParticipationEvidenceBuilder builder() {
    return new ParticipationEvidenceBuilder();
  }

  /**
   * Returns the mechanism.
   *
   * @return ownership, agreement or another documented way
   */
  @NotNull
  public abstract ParticipationMechanism getMechanism();

  /**
   * Returns a description of how participation works in practice, when given.
   *
   * @return the description, or empty
   */
  public abstract Optional<@Pattern(regexp = NON_BLANK, message = NON_BLANK_MESSAGE) String> getDescription();

  /**
   * Returns the document where participation is written down.
   *
   * @return the document, or empty when it is not documented in writing
   */
  public abstract Optional<@Valid DocumentReference> getDocument();

  @Value.Check
  void check() {
    getDescription().ifPresent(text -> Texts.requireNonBlank(text, "description"));
  }
}
