package se.asf.rules.reserved;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.asf.core.Share;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.SelfDeclaredShare;
import se.asf.core.procurement.SelfDeclarationPolicy;
import se.asf.core.procurement.ShareRequirement;
import se.asf.core.workforce.CountingBasis;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.Rule;
import se.asf.rules.Sources;
import se.asf.rules.evidence.Judgements;
import se.asf.rules.evidence.Shares;
import se.asf.rules.reasons.EntityReason;
import se.asf.rules.reasons.PurposeReason;
import se.asf.rules.reasons.ShareReason;

/**
 * The rules of a reserved contract under LOU 4 kap. 18 § (Directive 2014/24/EU art. 20), in both
 * modes: reserved participation and a sheltered employment programme.
 *
 * <ul>
 *   <li>{@value #SHARE}: the share requirement (andelskravet). At least the threshold (30 % by
 *       default, inclusive: exactly 30 % meets it) of those occupied belong to the target groups,
 *       counted in heads or full-time equivalents as the procurement says, over the engagement forms
 *       it counts (by default every form: the Swedish text says <em>sysselsätts</em>). The decision
 *       is exact: {@code target ≥ threshold × occupied}, no division. Nobody occupied is NOT_MET with
 *       its own reason; no workforce data is UNDETERMINED. The share shown is rounded down to two
 *       decimals, for display only, so a share below the threshold never appears to reach it. The
 *       counts must describe the situation at the assessment date: a workforce period that begins
 *       after the assessment date is UNDETERMINED ({@code PERIOD_AFTER_ASSESSMENT_DATE}), and so is,
 *       when the rule is given a maximum age ({@link #share(ShareRequirement, Period)}), a period that
 *       ends more than that age before the assessment date ({@code PERIOD_TOO_OLD}). When the
 *       requirement counts full-time equivalents and a line in the counted forms gives heads only
 *       (its FTE are unknown), the share is UNDETERMINED ({@code FULL_TIME_EQUIVALENTS_UNKNOWN},
 *       with the number of such lines), never computed as if they were zero or full time.
 *       A bidder's
 *       self-declared share (the ESPD {@code shelt-worksh} answers) is used only without workforce
 *       figures, and only when the requirement's {@link SelfDeclarationPolicy} is
 *       {@code ACCEPT_AT_QUALIFICATION}; otherwise it is UNDETERMINED ({@code SELF_DECLARED}: ask for
 *       the workforce figures). A declared "no" is NOT_MET; a declaration without a readable share is
 *       UNDETERMINED. When figures and a declared share are both present, the figures decide, and a
 *       declaration on the other side of the threshold is reported as a contradiction
 *       ({@code THRESHOLD_REACHED_CONTRADICTS_DECLARATION}, {@code BELOW_THRESHOLD_CONTRADICTS_DECLARATION}).
 *   <li>{@value #PURPOSE} (reserved participation): the supplier's main aim is the social and
 *       professional integration of the target groups.
 *   <li>{@value #LEGAL_ENTITY}: the bidding legal entity as a whole qualifies; a unit inside a
 *       larger entity cannot qualify on its own (HFD 2021:48), so evidence that describes only a unit
 *       is NOT_MET.
 * </ul>
 */
public final class Lou4Kap18 {
  /** Rule id: the share requirement. */
  public static final String SHARE = "LOU-4-18-SHARE";
  /** Rule id: the main-aim (purpose) requirement of reserved participation. */
  public static final String PURPOSE = "LOU-4-18-PURPOSE";
  /** Rule id: the whole legal entity must qualify. */
  public static final String LEGAL_ENTITY = "HFD-2021-48-ENTITY";

  private Lou4Kap18() {}

  /**
   * Returns the share rule for a requirement.
   *
   * <p>The requirement's {@link ShareRequirement#getMaximumWorkforceAge() maximum workforce age}, when it
   * has one, applies as in {@link #share(ShareRequirement, Period)}.
   *
   * @param requirement the threshold, counting basis, counted forms and target groups
   * @return the rule {@value #SHARE}
   */
  public static Rule share(ShareRequirement requirement) {
    Objects.requireNonNull(requirement, "requirement");
    return Rule.of(SHARE, Sources.LOU_4_18, ShareReason.class,
        new ShareJudgement(requirement, requirement.getMaximumWorkforceAge().orElse(null))::judge);
  }

  /**
   * Returns the share rule for a requirement whose workforce figures may be at most a given age:
   * a workforce period that ends before {@code assessmentDate - maximumAge} is UNDETERMINED.
   *
   * @param requirement the threshold, counting basis, counted forms and target groups
   * @param maximumAge how long before the assessment date the workforce period may end
   * @return the rule {@value #SHARE}
   */
  public static Rule share(ShareRequirement requirement, Period maximumAge) {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(maximumAge, "maximumAge");
    if (maximumAge.isNegative()) {
      throw new IllegalArgumentException("a maximum age must not be negative: " + maximumAge);
    }
    return Rule.of(SHARE, Sources.LOU_4_18, ShareReason.class,
        new ShareJudgement(requirement, maximumAge)::judge);
  }

  /** The share rule of one requirement, with the figures that are the same for every enterprise. */
  private static final class ShareJudgement {
    private final ShareRequirement requirement;
    private final Period maximumAge;
    private final Figure basis;
    private final Figure threshold;
    // Copies as enum sets: a membership test is then a bit test.
    private final Set<EngagementForm> forms;
    private final Set<TargetGroup> groups;

    ShareJudgement(ShareRequirement requirement, Period maximumAge) {
      this.requirement = requirement;
      this.maximumAge = maximumAge;
      // Never empty: a requirement counts some form and some target group.
      this.forms = EnumSet.copyOf(requirement.getCountedForms());
      this.groups = EnumSet.copyOf(requirement.getTargetGroups());
      this.basis = Figure.code("basis", requirement.getCountingBasis());
      // Percentages are for display: the decision cross-multiplies, so they are computed when read.
      this.threshold = Figure.deferred("threshold", Figure.Kind.SHARE, () -> requirement.getThreshold().toPercent());
    }

    Finding judge(Enterprise enterprise, LocalDate date) {
      Optional<Workforce> known = enterprise.getWorkforce();
      Optional<SelfDeclaredShare> declaration = enterprise.getSelfDeclaredShare();
      if (known.isEmpty()) {
        return declaration.isPresent()
            ? declared(declaration.get())
            : Finding.of(SHARE, ShareReason.NO_EVIDENCE, Sources.LOU_4_18, basis, threshold);
      }
      Workforce workforce = known.get();
      if (workforce.getPeriod().getStart().isAfter(date)) {
        return Finding.of(SHARE, ShareReason.PERIOD_AFTER_ASSESSMENT_DATE, Sources.LOU_4_18,
            Figure.period("period", workforce.getPeriod()), Figure.date("assessmentDate", date));
      }
      if (maximumAge != null && workforce.getPeriod().getEnd().isBefore(date.minus(maximumAge))) {
        return Finding.of(SHARE, ShareReason.PERIOD_TOO_OLD, Sources.LOU_4_18,
            Figure.period("period", workforce.getPeriod()), Figure.date("earliestEnd", date.minus(maximumAge)));
      }
      // One pass: the occupied are the lines of a counted form; the target group, those of them in
      // a counted group as well. Heads are whole numbers, summed exactly as longs (at most
      // Integer.MAX_VALUE per line, so a long cannot overflow for any list that fits in memory).
      boolean heads = requirement.getCountingBasis() == CountingBasis.HEADS;
      long occupiedHeads = 0;
      long targetHeads = 0;
      BigDecimal occupiedFte = BigDecimal.ZERO;
      BigDecimal targetFte = BigDecimal.ZERO;
      int unknown = 0;
      for (WorkforceLine line : workforce.getLines()) {
        if (!forms.contains(line.getForm())) {
          continue;
        }
        boolean inGroup = groups.contains(line.getGroup());
        if (heads) {
          occupiedHeads += line.getHeads();
          targetHeads += inGroup ? line.getHeads() : 0;
          continue;
        }
        Optional<BigDecimal> fte = line.getFullTimeEquivalents();
        if (fte.isEmpty()) {
          // Only full-time equivalents can be unknown; a line outside the counted forms does not matter.
          unknown++;
          continue;
        }
        occupiedFte = occupiedFte.add(fte.get());
        if (inGroup) {
          targetFte = targetFte.add(fte.get());
        }
      }
      BigDecimal occupied = heads ? BigDecimal.valueOf(occupiedHeads) : occupiedFte;
      BigDecimal target = heads ? BigDecimal.valueOf(targetHeads) : targetFte;
      if (unknown > 0) {
        return Finding.of(SHARE, ShareReason.FULL_TIME_EQUIVALENTS_UNKNOWN, Sources.LOU_4_18, basis, threshold,
            Figure.count("unknownLines", unknown), Figure.period("period", workforce.getPeriod()));
      }
      if (occupied.signum() == 0) {
        return Finding.of(SHARE, ShareReason.NO_ONE_OCCUPIED, Sources.LOU_4_18, basis, threshold,
            Figure.decimal("occupied", occupied), Figure.period("period", workforce.getPeriod()));
      }
      boolean reached = requirement.getThreshold().isReachedBy(target, occupied);
      Optional<Share> declared = declaration.flatMap(SelfDeclaredShare::getDeclaredShare);
      if (declared.isPresent() && declared.get().compareTo(requirement.getThreshold()) >= 0 != reached) {
        ShareReason contradiction = reached
            ? ShareReason.THRESHOLD_REACHED_CONTRADICTS_DECLARATION : ShareReason.BELOW_THRESHOLD_CONTRADICTS_DECLARATION;
        return Finding.of(SHARE, contradiction, Sources.LOU_4_18, basis, threshold, Figure.decimal("targetGroup", target),
            Figure.decimal("occupied", occupied), Figure.period("period", workforce.getPeriod()),
            Figure.percent("share", Shares.percentOf(target, occupied)),
            Figure.share("declared", declared.get()), document(declaration.get()));
      }
      // The common case: decided by one comparison, explained when read.
      ShareReason reason = reached ? ShareReason.THRESHOLD_REACHED : ShareReason.BELOW_THRESHOLD;
      return Finding.deferred(SHARE, reason, Sources.LOU_4_18, () -> List.of(basis, threshold,
          Figure.decimal("targetGroup", target), Figure.decimal("occupied", occupied),
          Figure.period("period", workforce.getPeriod()), Figure.percent("share", Shares.percentOf(target, occupied))));
    }

    /** The share judged from a self-declaration alone, as the procurement's policy says. */
    private Finding declared(SelfDeclaredShare declaration) {
      Figure document = document(declaration);
      Optional<Share> declared = declaration.getDeclaredShare();
      if (requirement.getSelfDeclarations() == SelfDeclarationPolicy.REQUIRE_WORKFORCE_FIGURES) {
        Figure value = declared.map(s -> Figure.share("declared", s))
            .orElseGet(() -> Figure.textOrNone("declared", declaration.getDeclaredValue()));
        return Finding.of(SHARE, ShareReason.SELF_DECLARED, Sources.LOU_4_18, threshold, value, document);
      }
      if (declaration.getIndicator().equals(Optional.of(Boolean.FALSE))) {
        return Finding.of(SHARE, ShareReason.DECLARED_NO, Sources.LOU_4_18, document);
      }
      if (declared.isEmpty()) {
        return Finding.of(SHARE, ShareReason.DECLARED_SHARE_UNREADABLE, Sources.LOU_4_18,
            Figure.textOrNone("declaredValue", declaration.getDeclaredValue()), document);
      }
      ShareReason reason = declared.get().compareTo(requirement.getThreshold()) >= 0
          ? ShareReason.DECLARED_THRESHOLD_REACHED : ShareReason.DECLARED_BELOW_THRESHOLD;
      return Finding.of(SHARE, reason, Sources.LOU_4_18, threshold, Figure.share("declared", declared.get()),
          document);
    }

    private static Figure document(SelfDeclaredShare declaration) {
      return Figure.text("document", declaration.getDocumentId() + " (" + declaration.getStandardVersion() + ")");
    }
  }

  /**
   * Returns the main-aim rule of reserved participation.
   *
   * @return the rule {@value #PURPOSE}
   */
  public static Rule purpose() {
    return Rule.of(PURPOSE, Sources.LOU_4_18, PurposeReason.class,
        (enterprise, date) -> Judgements.integrationPurpose(PURPOSE, Sources.LOU_4_18, enterprise));
  }

  /**
   * Returns the whole-legal-entity rule.
   *
   * @return the rule {@value #LEGAL_ENTITY}
   */
  public static Rule legalEntity() {
    return Rule.of(LEGAL_ENTITY, Sources.HFD_2021_48, EntityReason.class,
        (enterprise, date) -> Judgements.wholeEntity(LEGAL_ENTITY, Sources.HFD_2021_48, enterprise));
  }
}
