package se.asf.cli;

import java.util.Locale;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.ParticipationMechanism;
import se.asf.json.base.WireCodes;

/**
 * The codes a CSV cell may hold for an enum: the same kebab-case codes as the JSON wire format,
 * from asf-json's {@link WireCodes} table, so the two cannot drift apart.
 *
 * @param <E> the enum
 */
final class Codes<E extends Enum<E>> {
  static final Codes<LegalForm> LEGAL_FORM = new Codes<>(LegalForm.class);
  static final Codes<EvidenceSource> EVIDENCE_SOURCE = new Codes<>(EvidenceSource.class);
  static final Codes<ParticipationMechanism> PARTICIPATION = new Codes<>(ParticipationMechanism.class);
  static final Codes<DistributionRule> DISTRIBUTION_RULE = new Codes<>(DistributionRule.class);

  private final Class<E> type;

  private Codes(Class<E> type) {
    this.type = type;
  }

  /** The constant of a code, in any case ({@code Statutes} is {@code statutes}), or null. */
  E get(String code) {
    return WireCodes.constant(type, code.toLowerCase(Locale.ROOT)).orElse(null);
  }

  /** The codes, comma-separated, for messages. */
  String list() {
    return String.join(", ", WireCodes.codes(type));
  }
}
