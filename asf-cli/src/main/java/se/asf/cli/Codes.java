package se.asf.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.ParticipationMechanism;
import se.asf.json.AsfJson;

/**
 * The codes a CSV cell may hold for an enum: the same kebab-case codes as the JSON wire format
 * (asf-json), taken from it so the two cannot drift apart.
 *
 * @param <E> the enum
 */
final class Codes<E extends Enum<E>> {
  static final Codes<LegalForm> LEGAL_FORM = new Codes<>(LegalForm.class);
  static final Codes<EvidenceSource> EVIDENCE_SOURCE = new Codes<>(EvidenceSource.class);
  static final Codes<ParticipationMechanism> PARTICIPATION = new Codes<>(ParticipationMechanism.class);
  static final Codes<DistributionRule> DISTRIBUTION_RULE = new Codes<>(DistributionRule.class);

  private final Map<String, E> byCode = new LinkedHashMap<>();

  private Codes(Class<E> type) {
    ObjectMapper mapper = Holder.MAPPER;
    for (E constant : type.getEnumConstants()) {
      byCode.put(mapper.convertValue(constant, String.class), constant);
    }
  }

  /** The constant of a code, in any case ({@code Statutes} is {@code statutes}), or null. */
  E get(String code) {
    return byCode.get(code.toLowerCase(Locale.ROOT));
  }

  /** The codes, comma-separated, for messages. */
  String list() {
    return String.join(", ", byCode.keySet());
  }

  private static final class Holder {
    static final ObjectMapper MAPPER = AsfJson.create().newObjectMapper();
  }
}
