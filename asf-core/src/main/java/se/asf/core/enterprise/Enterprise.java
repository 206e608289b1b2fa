package se.asf.core.enterprise;

import static se.asf.core.internal.Texts.NON_BLANK;
import static se.asf.core.internal.Texts.NON_BLANK_MESSAGE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.internal.Repeats;
import se.asf.core.internal.Texts;
import se.asf.core.identity.ForeignIdentifier;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;
import se.asf.core.style.AsfStyle;
import se.asf.core.workforce.Workforce;

/**
 * A supplier as a whole legal entity, with the evidence needed to judge it against the ASF criteria
 * and a reserved contract's requirements.
 *
 * <p>The bidding legal entity as a whole must qualify for a reserved contract; a unit inside a
 * larger entity cannot qualify on its own (HFD 2021:48). When the evidence describes only a unit,
 * {@link #getUnit()} names it, and a rule can say so.
 *
 * <p>Evidence that is not known is an empty {@code Optional}, never {@code false} or zero: that is
 * what lets a rule answer UNDETERMINED and a procurement officer ask the bidder for more, rather than
 * reject it.
 *
 * <pre>{@code
 * Enterprise enterprise = Enterprise.builder()
 *     .name("Exempel Second Hand ekonomisk förening")
 *     .identity(Organisationsnummer.parse("769600-0004"))
 *     .legalForm(LegalForm.EKONOMISK_FORENING)
 *     .addSite(Site.of("Butiken", Position.ofWgs84(59.2, 17.83)))
 *     .build();
 * }</pre>
 *
 * <p>The legal form must fit a Swedish identity: a sole trader (enskild firma) is identified by a
 * personnummer and nothing else is; an organisation number's group must be one the form is
 * registered under. A {@link ForeignIdentifier} fits any form, which then names the Swedish
 * equivalent of the foreign one. {@link #toString()} masks a personnummer.
 */
@Value.Immutable
@AsfStyle
public abstract class Enterprise {

  Enterprise() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static EnterpriseBuilder builder() {
    return new EnterpriseBuilder();
  }

  /**
   * Returns a builder holding this enterprise's values, to build a changed copy.
   *
   * @return a builder initialised from this enterprise
   */
  public EnterpriseBuilder toBuilder() {
    EnterpriseBuilder builder = builder();
    builder.from(this);
    return builder;
  }

  /**
   * Returns the registered name.
   *
   * @return the name
   */
  @NotBlank
  public abstract String getName();

  /**
   * Returns how the supplier is identified.
   *
   * @return an organisation number, a sole trader's personnummer, or a foreign identifier
   */
  @NotNull
  public abstract SupplierIdentity getIdentity();

  /**
   * Returns the legal form.
   *
   * @return the form
   */
  @NotNull
  public abstract LegalForm getLegalForm();

  /**
   * Returns the organisational unit the evidence describes, when it is not the whole legal entity.
   *
   * @return the unit's name, or empty when the evidence describes the whole legal entity
   */
  public abstract Optional<@Pattern(regexp = NON_BLANK, message = NON_BLANK_MESSAGE) String> getUnit();

  /**
   * Returns the places where the enterprise works, each name at most once.
   *
   * @return the sites
   */
  @NotNull
  public abstract List<@Valid @NotNull Site> getSites();

  /**
   * Returns the business activities. An empty list means none were stated, which is not known
   * rather than "no business": a rule that needs the activities answers UNDETERMINED for it. In the
   * JSON wire format, an absent {@code businessActivities} is this empty list.
   *
   * @return the activities
   */
  @NotNull
  public abstract List<@Valid @NotNull BusinessActivity> getBusinessActivities();

  /**
   * Returns the evidence of the enterprise's purpose, when given.
   *
   * @return the evidence, or empty
   */
  public abstract Optional<@Valid PurposeEvidence> getPurpose();

  /**
   * Returns the evidence of co-workers' participation, when given.
   *
   * @return the evidence, or empty
   */
  public abstract Optional<@Valid ParticipationEvidence> getParticipation();

  /**
   * Returns the evidence of how profit is used, when given.
   *
   * @return the evidence, or empty
   */
  public abstract Optional<@Valid ProfitPolicy> getProfitPolicy();

  /**
   * Returns who owns and controls the enterprise, when known.
   *
   * @return the ownership, or empty
   */
  public abstract Optional<@Valid Ownership> getOwnership();

  /**
   * Returns who is occupied at the enterprise, when known.
   *
   * @return the workforce, or empty
   */
  public abstract Optional<@Valid Workforce> getWorkforce();

  /**
   * Returns the bidder's own declaration of its share of disabled or disadvantaged workers (the
   * ESPD {@code shelt-worksh} answers), when given. Workforce figures, when present, decide.
   *
   * @return the self-declaration, or empty
   */
  public abstract Optional<@Valid SelfDeclaredShare> getSelfDeclaredShare();

  /**
   * Returns the lowest and highest pay, when known.
   *
   * @return the pay range, or empty
   */
  public abstract Optional<@Valid PayRange> getPayRange();

  @Value.Check
  void check() {
    Texts.requireNonBlank(getName(), "name");
    getUnit().ifPresent(unit -> Texts.requireNonBlank(unit, "unit"));
    SupplierIdentity identity = getIdentity();
    LegalForm form = getLegalForm();
    boolean fits;
    if (identity instanceof Personnummer) {
      fits = form.isIdentifiedByPersonnummer();
    } else if (identity instanceof ForeignIdentifier) {
      // A foreign number says nothing of the legal form: the Swedish form stands for its equivalent.
      fits = true;
    } else {
      fits = !form.isIdentifiedByPersonnummer()
          && form.getOrganisationGroups().contains(((Organisationsnummer) identity).getGroup());
    }
    if (!fits) {
      throw new InvariantViolationException(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, "legalForm", form, identity);
    }
    int repeat = Repeats.firstRepeat(getSites(), Site::getName);
    if (repeat >= 0) {
      throw new InvariantViolationException(Invariant.DUPLICATE_ENTRY, "sites", getSites().get(repeat).getName());
    }
  }
}
