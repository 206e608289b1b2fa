package se.asf.core.enterprise;

import static se.asf.core.internal.Texts.NON_BLANK;
import static se.asf.core.internal.Texts.NON_BLANK_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.asf.core.internal.Texts;
import se.asf.core.style.AsfStyle;

/**
 * Where a piece of evidence is written down: the statutes (stadgar, bolagsordning), a participation
 * agreement, an annual report. Only a reference, never the document itself.
 */
@Value.Immutable
@AsfStyle
public abstract class DocumentReference {

  DocumentReference() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static DocumentReferenceBuilder builder() {
    return new DocumentReferenceBuilder();
  }

  /**
   * Creates a reference by title alone.
   *
   * @param title the document's title
   * @return the reference
   */
  public static DocumentReference of(String title) {
    return builder().title(title).build();
  }

  /**
   * Returns the title.
   *
   * @return for example {@code "Stadgar för Exempel ekonomisk förening"}
   */
  @NotBlank
  public abstract String getTitle();

  /**
   * Returns the date the document was adopted or signed, when known.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> getDate();

  /**
   * Returns the section the evidence is found in, when given.
   *
   * @return for example {@code "§ 2"}, or empty
   */
  public abstract Optional<@Pattern(regexp = NON_BLANK, message = NON_BLANK_MESSAGE) String> getSection();

  @Value.Check
  void check() {
    Texts.requireNonBlank(getTitle(), "title");
    getSection().ifPresent(section -> Texts.requireNonBlank(section, "section"));
  }
}
