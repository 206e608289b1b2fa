package se.asf.json.base;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.asf.json.base.internal.EnumCode;
import se.asf.json.base.internal.EnumCodes;
import se.asf.json.base.internal.RuleCodes;
import se.asf.json.base.internal.Rules;

/**
 * The wire codes of the asf enums: the lower-case kebab codes the JSON format (and the CLI's CSV)
 * writes for each constant, such as {@code ekonomisk-forening} for
 * {@code LegalForm.EKONOMISK_FORENING}. Other readers of the same codes use this table, so that
 * they cannot drift apart from the JSON format.
 *
 * <pre>{@code
 * WireCodes.code(LegalForm.EKONOMISK_FORENING);              // "ekonomisk-forening"
 * WireCodes.constant(LegalForm.class, "ekonomisk-forening"); // Optional[EKONOMISK_FORENING]
 * }</pre>
 */
public final class WireCodes {
  private static final Map<Class<?>, EnumCode<?>> TABLES = Stream.concat(EnumCodes.ALL.stream(),
          Rules.PRESENT ? Stream.of(RuleCodes.OUTCOME, RuleCodes.POSITION_WARNING) : Stream.empty())
      .collect(Collectors.toUnmodifiableMap(EnumCode::type, Function.identity()));

  private WireCodes() {}

  /**
   * Returns the enums that have wire codes: asf-core's, and asf-rules' {@code Outcome} and
   * {@code PositionWarning} when asf-rules is present.
   *
   * @return the enum classes
   */
  public static Set<Class<?>> types() {
    return TABLES.keySet();
  }

  /**
   * Returns a constant's wire code.
   *
   * @param constant the constant
   * @param <E> the enum
   * @return its code
   * @throws IllegalArgumentException if the enum has no wire codes
   */
  public static <E extends Enum<E>> String code(E constant) {
    return table(constant.getDeclaringClass()).code(constant);
  }

  /**
   * Returns the constant a wire code stands for.
   *
   * @param type the enum
   * @param code the code, compared exactly (codes are lower case)
   * @param <E> the enum
   * @return the constant, or empty for an unknown code
   * @throws IllegalArgumentException if the enum has no wire codes
   */
  public static <E extends Enum<E>> Optional<E> constant(Class<E> type, String code) {
    return table(type).constant(code);
  }

  /**
   * Returns an enum's codes in table order, the order in which sets are written.
   *
   * @param type the enum
   * @param <E> the enum
   * @return the codes
   * @throws IllegalArgumentException if the enum has no wire codes
   */
  public static <E extends Enum<E>> List<String> codes(Class<E> type) {
    return table(type).codes();
  }

  @SuppressWarnings("unchecked") // the map holds each enum's own table
  private static <E extends Enum<E>> EnumCode<E> table(Class<E> type) {
    EnumCode<E> table = (EnumCode<E>) TABLES.get(type);
    if (table == null) {
      throw new IllegalArgumentException("no wire codes for " + type.getName());
    }
    return table;
  }
}
