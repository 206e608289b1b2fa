package se.asf.json.base.internal;

import java.util.LinkedHashMap;
import java.util.List;
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
  /** The kinds of figures. */
  public static final EnumCode<Figure.Kind> KINDS =
      EnumCode.of(Figure.Kind.class, "decimal", "share", "distance", "date", "period", "text", "code", "none");

  private static final Map<String, EnumCode<?>> TYPES = new LinkedHashMap<>();

  static {
    for (EnumCode<?> codes : List.of(EnumCodes.COUNTING_BASIS, EnumCodes.PARTICIPATION_MECHANISM,
        EnumCodes.DISTRIBUTION_RULE, EnumCodes.EVIDENCE_SOURCE, EnumCodes.PUBLIC_BENEFIT_SCOPE)) {
      TYPES.put(Schemas.definitionName(codes.type()), codes);
    }
  }

  private FigureCodes() {}

  /** Returns the wire type of a code figure's value. */
  public static String type(Enum<?> code) {
    String type = Schemas.definitionName(code.getDeclaringClass());
    if (!TYPES.containsKey(type)) {
      throw new IllegalArgumentException("no wire codes for " + code.getDeclaringClass().getName());
    }
    return type;
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
