package se.asf.json.base.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.asf.rules.Figure;

/**
 * The wire codes of typed figures: a figure's kind ({@code decimal}, {@code share}, {@code
 * distance}, {@code date}, {@code period}, {@code text}, {@code code}, {@code none}), and for a code
 * figure its type (the name of the JSON Schema definition, such as {@code countingBasis}) and its
 * value in that type's wire codes ({@link EnumCodes}). Not API.
 */
public final class FigureCodes {
  private static final Map<String, EnumCode<?>> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("countingBasis", EnumCodes.COUNTING_BASIS);
    TYPES.put("participationMechanism", EnumCodes.PARTICIPATION_MECHANISM);
    TYPES.put("distributionRule", EnumCodes.DISTRIBUTION_RULE);
    TYPES.put("evidenceSource", EnumCodes.EVIDENCE_SOURCE);
    TYPES.put("publicBenefitScope", EnumCodes.PUBLIC_BENEFIT_SCOPE);
  }

  private FigureCodes() {}

  /** Returns the wire code of a figure's kind. */
  public static String kind(Figure.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** Returns the kind of a wire code. */
  public static Optional<Figure.Kind> kind(String code) {
    for (Figure.Kind kind : Figure.Kind.values()) {
      if (kind(kind).equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Returns the wire type of a code figure's value. */
  public static String type(Enum<?> code) {
    for (Map.Entry<String, EnumCode<?>> type : TYPES.entrySet()) {
      if (type.getValue().type() == code.getDeclaringClass()) {
        return type.getKey();
      }
    }
    throw new IllegalArgumentException("no wire codes for " + code.getDeclaringClass().getName());
  }

  /** Returns the wire code of a code figure's value. */
  public static String code(Enum<?> code) {
    return codeOf(TYPES.get(type(code)), code);
  }

  private static <E extends Enum<E>> String codeOf(EnumCode<E> codes, Enum<?> constant) {
    return codes.code(codes.type().cast(constant));
  }

  /** Returns the constant of a wire type and code. */
  public static Optional<Enum<?>> constant(String type, String code) {
    EnumCode<?> codes = TYPES.get(type);
    return codes == null ? Optional.empty() : codes.constant(code).map(c -> (Enum<?>) c);
  }

  /** Returns the wire types of code figures. */
  public static java.util.Set<String> types() {
    return TYPES.keySet();
  }
}
