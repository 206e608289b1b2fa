package se.asf.json.base.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The wire codes of one enum: an explicit table from constant to a lower-case kebab code.
 *
 * <p>Every code is written out, never derived from {@code name()}, so renaming a Java constant cannot
 * change the wire format: {@link #of} finds the constant a code names, and building the table fails at
 * once when a code names no constant, a constant has no code, or two constants share one. The table's
 * order is the order sets are written in.
 *
 * @param <E> the enum
 */
public final class EnumCode<E extends Enum<E>> {
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Class<E> type;
  private final Map<E, String> codes;
  private final Map<String, E> constants = new LinkedHashMap<>();

  private EnumCode(Class<E> type, LinkedHashMap<E, String> table) {
    this.type = type;
    this.codes = new EnumMap<>(type);
    codes.putAll(table);
    table.forEach((constant, code) -> constants.put(code, constant));
  }

  /**
   * Builds the table of codes that are their constants' names in lower-case kebab form ({@code
   * full-time-equivalents} for {@code FULL_TIME_EQUIVALENTS}), in the order given.
   */
  public static <E extends Enum<E>> EnumCode<E> of(Class<E> type, String... codes) {
    Builder<E> builder = builder(type);
    for (String code : codes) {
      builder.put(Enum.valueOf(type, code.toUpperCase(Locale.ROOT).replace('-', '_')), code);
    }
    return builder.build();
  }

  /** Starts a table. */
  public static <E extends Enum<E>> Builder<E> builder(Class<E> type) {
    return new Builder<>(type);
  }

  /** Returns the enum this table maps. */
  public Class<E> type() {
    return type;
  }

  /** Returns the wire code of a constant. */
  public String code(E constant) {
    return codes.get(Objects.requireNonNull(constant, "constant"));
  }

  /** Returns the constant a code stands for. */
  public Optional<E> constant(String code) {
    return Optional.ofNullable(constants.get(code));
  }

  /** Returns every code, in table order. */
  public List<String> codes() {
    return List.copyOf(constants.keySet());
  }

  /** Sorts constants into table order. */
  public List<E> inTableOrder(Iterable<E> constants) {
    List<E> sorted = new ArrayList<>();
    constants.forEach(sorted::add);
    List<E> order = List.copyOf(this.constants.values());
    sorted.sort(Comparator.comparing(order::indexOf));
    return Collections.unmodifiableList(sorted);
  }

  /** Builds a code table. */
  public static final class Builder<E extends Enum<E>> {
    private final Class<E> type;
    private final LinkedHashMap<E, String> table = new LinkedHashMap<>();

    private Builder(Class<E> type) {
      this.type = type;
    }

    /** Gives a constant its code. */
    public Builder<E> put(E constant, String code) {
      if (!KEBAB.matcher(code).matches()) {
        throw new IllegalArgumentException("not a lower-case kebab code: " + code);
      }
      if (table.containsKey(constant) || table.containsValue(code)) {
        throw new IllegalArgumentException("already in the table: " + constant + " / " + code);
      }
      table.put(constant, code);
      return this;
    }

    /** Builds the table. */
    public EnumCode<E> build() {
      for (E constant : type.getEnumConstants()) {
        if (!table.containsKey(constant)) {
          throw new IllegalStateException("no wire code for " + type.getSimpleName() + "." + constant.name());
        }
      }
      return new EnumCode<>(type, table);
    }
  }
}
