package se.asf.core.enterprise;

import static se.asf.core.internal.Texts.NON_BLANK;
import static se.asf.core.internal.Texts.NON_BLANK_MESSAGE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.Share;
import se.asf.core.internal.Texts;
import se.asf.core.style.AsfStyle;

/**
 * A bidder's own declaration of its share of disabled or disadvantaged workers: the answers to the
 * ESPD criterion "Economic operator is a sheltered workshop" ({@code shelt-worksh}; DOMAIN §3).
 *
 * <p>It is a self-declaration, weaker evidence than workforce figures: LOU 4 kap. 18 §'s share rule
 * uses it only when the procurement accepts self-declarations at the qualification stage
 * ({@link se.asf.core.procurement.SelfDeclarationPolicy}), and when workforce figures are present,
 * the figures decide.
 *
 * <p>The declared value is kept as written ({@link #getDeclaredValue()}); the share
 * ({@link #getDeclaredShare()}) is present only when the reader could read the value without
 * guessing. A value it could not read (ambiguous in scale, out of range, not a number) leaves the
 * share empty, and a rule says UNDETERMINED rather than guess.
 */
@Value.Immutable
@AsfStyle
public abstract class SelfDeclaredShare {

  SelfDeclaredShare() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static SelfDeclaredShareBuilder builder() {
    return new SelfDeclaredShareBuilder();
  }

  /**
   * Returns the yes/no answer: whether the bidder declares itself a sheltered workshop or an
   * operator whose main aim is the social and professional integration of disabled or
   * disadvantaged persons.
   *
   * @return the answer, or empty when the document gave none
   */
  public abstract Optional<Boolean> getIndicator();

  /**
   * Returns the declared percentage as written in the document, for explanation.
   *
   * @return for example {@code "70"} or {@code "0.7"}, or empty when no percentage was given
   */
  public abstract Optional<@Pattern(regexp = NON_BLANK, message = NON_BLANK_MESSAGE) String> getDeclaredValue();

  /**
   * Returns the declared share, when the value could be read without guessing.
   *
   * @return the share, or empty
   */
  public abstract Optional<@Valid Share> getDeclaredShare();

  /**
   * Returns the description of the categories of workers concerned, when given.
   *
   * @return the description, or empty
   */
  public abstract Optional<@Pattern(regexp = NON_BLANK, message = NON_BLANK_MESSAGE) String> getCategories();

  /**
   * Returns the kind of document the declaration was read from.
   *
   * @return for example {@link DeclarationDocument#ESPD_RESPONSE}
   */
  @NotNull
  public abstract DeclarationDocument getDocument();

  /**
   * Returns the document's identifier.
   *
   * @return for example the ESPD response's {@code cbc:ID}
   */
  @NotBlank
  public abstract String getDocumentId();

  /**
   * Returns the version of the standard the document follows.
   *
   * @return for example {@code "ESPD-EDM 3.1.0"}
   */
  @NotBlank
  public abstract String getStandardVersion();

  @Value.Check
  void check() {
    Texts.requireNonBlank(getDocumentId(), "documentId");
    Texts.requireNonBlank(getStandardVersion(), "standardVersion");
    getDeclaredValue().ifPresent(value -> Texts.requireNonBlank(value, "declaredValue"));
    getCategories().ifPresent(categories -> Texts.requireNonBlank(categories, "categories"));
    if (getDeclaredShare().isPresent() && getDeclaredValue().isEmpty()) {
      throw new InvariantViolationException(Invariant.SHARE_WITHOUT_VALUE, "declaredShare",
          getDeclaredShare().get());
    }
  }
}
