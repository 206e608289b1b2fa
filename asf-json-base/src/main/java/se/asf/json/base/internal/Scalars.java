package se.asf.json.base.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import se.asf.core.InvariantViolationException;
import se.asf.core.Share;
import se.asf.core.identity.IdentityNumberFormatException;
import se.asf.core.identity.ForeignIdentifier;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.json.base.JsonProblemCode;
import se.asf.json.base.AsfSettings;
import se.asf.json.base.AsfJsonDocuments;

/**
 * Readers for the scalar values of the wire format, and for arrays and maps of values. Each is
 * strict: no coercion between JSON types (a string is never read as a number, nor a number as a
 * code), whatever the {@code ObjectMapper}'s coercion settings.
 */
public final class Scalars {
  private static final Pattern PERIOD = Pattern.compile("P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?");
  /** The spellings of the CLI and the CSV: 10 or 12 digits, with {@code -}, {@code +} or no separator. */
  private static final Pattern PERSONNUMMER = Pattern.compile("([0-9]{2})?[0-9]{6}[-+]?[0-9]{4}");
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final Pattern MASKED_PERSONNUMMER = Pattern.compile("([0-9]{2})?[0-9]{6}[-+]?\\*{4}");

  /** Any JSON string that is well-formed Unicode. */
  public static final ValueReader<String> TEXT = Scalars::text;

  /** {@code true} or {@code false}. */
  public static final ValueReader<Boolean> BOOLEAN = in -> {
    if (in.current() == Token.TRUE) {
      return Boolean.TRUE;
    }
    if (in.current() == Token.FALSE) {
      return Boolean.FALSE;
    }
    throw Problems.wrongType(in, "type.boolean");
  };

  /** A JSON integer that fits a Java {@code int}. */
  public static final ValueReader<Integer> INT = in -> {
    if (in.current() != Token.INTEGER) {
      throw Problems.wrongType(in, "type.integer");
    }
    BigDecimal value = in.decimalValue();
    if (value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0) {
      throw Problems.fail(JsonProblemCode.INVALID_VALUE, "problem.integer-range", INT_MIN, INT_MAX);
    }
    return value.intValue();
  };

  /** An exact decimal, read as a {@code BigDecimal} from the number's text: never via a double. */
  public static final ValueReader<BigDecimal> DECIMAL = in -> {
    Token token = in.current();
    if (token != Token.INTEGER && token != Token.DECIMAL) {
      throw Problems.wrongType(in, "type.number");
    }
    BigDecimal value = in.decimalValue();
    if (plainLength(value) > AsfJsonDocuments.MAX_NUMBER_LENGTH) {
      throw Problems.fail(JsonProblemCode.LIMIT_EXCEEDED, "problem.decimal-too-long",
          Integer.toString(AsfJsonDocuments.MAX_NUMBER_LENGTH));
    }
    return value;
  };

  /** A coordinate: a JSON number read as a double, as asf-core's positions hold it. */
  public static final ValueReader<Double> COORDINATE = in -> {
    Token token = in.current();
    if (token != Token.INTEGER && token != Token.DECIMAL) {
      throw Problems.wrongType(in, "type.number");
    }
    return in.doubleValue();
  };

  /** A share: an exact decimal fraction in [0, 1]. */
  public static final ValueReader<Share> SHARE = in -> core(DECIMAL.read(in), Share::ofFraction);

  /** An ISO-8601 calendar date, {@code YYYY-MM-DD}. */
  public static final ValueReader<LocalDate> DATE_VALUE = in -> {
    String text = text(in);
    LocalDate date = isoDate(text);
    if (date == null) {
      throw Problems.fail(JsonProblemCode.INVALID_VALUE, "problem.date", SafeText.echo(text));
    }
    return date;
  };

  /** A year, as a JSON integer. */
  public static final ValueReader<Year> YEAR = in -> {
    int year = INT.read(in);
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw Problems.fail(JsonProblemCode.INVALID_VALUE, "problem.year", Integer.toString(year));
    }
    return Year.of(year);
  };

  /** An ISO-8601 period of years, months, weeks and days, such as {@code P6M}; no signs. */
  public static final ValueReader<Period> PERIOD_VALUE = matching(PERIOD, "problem.period", Period::parse);

  /**
   * An organisation number in the spellings of the CLI and the CSV: {@code NNNNNN-NNNN}, {@code NNNNNNNNNN},
   * either with the {@code 16} prefix, or the VAT number {@code SENNNNNNNNNN01}. It is always written in its
   * canonical form {@code NNNNNN-NNNN}.
   */
  public static final ValueReader<Organisationsnummer> ORGANISATIONSNUMMER_VALUE = in -> {
    String text = text(in);
    String number = organisationsnummerSpelling(text);
    if (number == null) {
      throw Problems.fail(JsonProblemCode.INVALID_IDENTITY, "problem.organisationsnummer-form",
          SafeText.echo(text));
    }
    return core(number, Organisationsnummer::parse);
  };

  /**
   * A foreign identifier in its canonical spelling {@code COUNTRY:SCHEME:VALUE}, for example
   * {@code FI:VAT:FI01120389}: the ISO 3166-1 alpha-2 country, {@code VAT} or {@code NATIONAL_REGISTER},
   * and the value, its check digit verified where the country's is well known.
   */
  public static final ValueReader<ForeignIdentifier> FOREIGN_IDENTIFIER_VALUE =
      in -> core(text(in), ForeignIdentifier::parse);

  private Scalars() {}

  /**
   * Returns the reader of a personnummer in the 12-digit form {@code YYYYMMDD-NNNN}, validated against the
   * settings' clock.
   */
  public static ValueReader<Personnummer> personnummer(AsfSettings settings) {
    return in -> {
      String text = text(in);
      if (MASKED_PERSONNUMMER.matcher(text).matches()) {
        throw Problems.fail(JsonProblemCode.INVALID_IDENTITY, "problem.personnummer-masked",
            SafeText.echo(text));
      }
      if (!PERSONNUMMER.matcher(text).matches()) {
        throw Problems.fail(JsonProblemCode.INVALID_IDENTITY, "problem.personnummer-form",
            SafeText.echo(text));
      }
      return core(text, number -> Personnummer.parse(number, LocalDate.now(settings.getClock())));
    };
  }

  /**
   * Returns the calendar date of text of the form {@code YYYY-MM-DD} (ASCII digits, any year from 0000 to
   * 9999), or {@code null} if the text has another form or names no date, such as {@code 2025-02-29}: what
   * {@code uuuu-MM-dd} parses with the strict resolver, without a formatter's work per date.
   */
  public static LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    if (year < 0) {
      return null;
    }
    try {
      // A month or day that is not two digits is -1 here, which no date has.
      return LocalDate.of(year, digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Returns the ten digits, with the hyphen if given, of an organisation number in one of its accepted
   * spellings: {@code NNNNNNNNNN} or {@code NNNNNN-NNNN}, either with the {@code 16} prefix, or the VAT
   * number {@code SENNNNNNNNNN01}; {@code null} for any other text.
   */
  public static String organisationsnummerSpelling(String text) {
    int length = text.length();
    if (length == 14 && text.startsWith("SE") && text.endsWith("01") && isDigits(text, 2, 12)) {
      return text.substring(2, 12);
    }
    int start = (length == 12 || length == 13) && text.startsWith("16") ? 2 : 0;
    int rest = length - start;
    boolean plain = rest == 10 && isDigits(text, start, length);
    boolean hyphenated = rest == 11 && text.charAt(start + 6) == '-' && isDigits(text, start, start + 6)
        && isDigits(text, start + 7, length);
    return plain || hyphenated ? text : null;
  }

  /** The value of the ASCII digits from {@code start} to {@code end} (at most four), or -1 if another character is there. */
  private static int digits(String text, int start, int end) {
    return isDigits(text, start, end) ? Integer.parseInt(text, start, end, 10) : -1;
  }

  /** Tells whether only ASCII digits are from {@code start} to {@code end}. */
  private static boolean isDigits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A text matching a pattern, parsed; what does not match or parse is reported under {@code problem}. */
  private static <T> ValueReader<T> matching(Pattern pattern, String problem, Function<String, T> parse) {
    return in -> {
      String text = text(in);
      if (pattern.matcher(text).matches()) {
        try {
          return parse.apply(text);
        } catch (DateTimeException | ArithmeticException e) {
          // falls through to the common report
        }
      }
      throw Problems.fail(JsonProblemCode.INVALID_VALUE, problem, SafeText.echo(text));
    };
  }

  /** A value built by asf-core, whose invariant and identity exceptions become the engine's failures. */
  private static <S, T> T core(S value, Function<S, T> build) throws WireFailure {
    try {
      return build.apply(value);
    } catch (InvariantViolationException | IdentityNumberFormatException e) {
      throw WireFailure.of(e);
    }
  }

  /** Returns the reader of an enum's wire code. */
  public static <E extends Enum<E>> ValueReader<E> code(EnumCode<E> codes) {
    return in -> {
      if (in.current() != Token.STRING) {
        throw Problems.wrongType(in, "type.code");
      }
      String text = text(in);
      return codes.constant(text).orElseThrow(() -> Problems.fail(JsonProblemCode.UNKNOWN_CODE,
          "problem.unknown-code", SafeText.echo(text), String.join(", ", codes.codes())));
    };
  }

  /** Returns the reader of an array of codes that may not repeat, read as a set. */
  public static <E extends Enum<E>> ValueReader<Set<E>> codeSet(EnumCode<E> codes) {
    ValueReader<E> element = code(codes);
    return in -> {
      EnumSet<E> set = EnumSet.noneOf(codes.type());
      forEachElement(in, (index) -> {
        E constant = element.read(in);
        if (!set.add(constant)) {
          throw Problems.fail(JsonProblemCode.INVALID_VALUE, "problem.duplicate-code", codes.code(constant));
        }
      });
      return set;
    };
  }

  /** Returns the reader of an array. */
  public static <T> ValueReader<List<T>> listOf(ValueReader<T> element) {
    return in -> {
      List<T> list = new ArrayList<>();
      forEachElement(in, index -> list.add(element.read(in)));
      return list;
    };
  }

  /** Reads an object of string values, keeping the properties' order. */
  public static final ValueReader<Map<String, String>> TEXT_MAP = in -> {
    if (in.current() != Token.START_OBJECT) {
      throw Problems.wrongType(in, "type.object");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (String name = nextName(in); name != null; name = nextName(in)) {
      Token token = in.next();
      try {
        if (map.containsKey(name)) {
          throw Problems.fail(JsonProblemCode.DUPLICATE_PROPERTY, "problem.duplicate-property",
              SafeText.echo(name));
        }
        if (token == Token.NULL) {
          throw Problems.fail(JsonProblemCode.NULL_VALUE, "problem.null");
        }
        map.put(name, text(in));
      } catch (WireFailure e) {
        throw e.under(name);
      }
    }
    return map;
  };

  /** Moves to the next property: its name, or {@code null} at the object's end. */
  static String nextName(TokenReader in) throws java.io.IOException {
    return in.next() == Token.NAME ? in.name() : null;
  }

  /** What to do with one array element; the parser is on its first token. */
  @FunctionalInterface
  interface ElementAction {
    void accept(int index) throws java.io.IOException;
  }

  static void forEachElement(TokenReader in, ElementAction action)
      throws java.io.IOException {
    if (in.current() != Token.START_ARRAY) {
      throw Problems.wrongType(in, "type.array");
    }
    int index = 0;
    for (Token token = in.next(); token != Token.END_ARRAY; token = in.next(), index++) {
      try {
        if (token == Token.NULL) {
          throw Problems.fail(JsonProblemCode.NULL_VALUE, "problem.null");
        }
        action.accept(index);
      } catch (WireFailure e) {
        throw e.under(index);
      }
    }
  }

  static String text(TokenReader in) throws java.io.IOException {
    if (in.current() != Token.STRING) {
      throw Problems.wrongType(in, "type.string");
    }
    String text = in.text();
    if (hasUnpairedSurrogate(text)) {
      throw Problems.fail(JsonProblemCode.ENCODING, "problem.unpaired-surrogate");
    }
    return text;
  }

  /** Tells whether a text holds a lone UTF-16 surrogate, which no UTF-8 document can carry. */
  public static boolean hasUnpairedSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the length of a decimal's plain (exponent-free) text, computed without building it, so that
   * {@code 1E+999999999} costs nothing to reject.
   */
  public static long plainLength(BigDecimal value) {
    long precision = value.precision();
    long scale = value.scale();
    long length;
    if (scale <= 0) {
      length = precision - scale;
    } else if (scale >= precision) {
      length = scale + 2;
    } else {
      length = precision + 1;
    }
    return length + (value.signum() < 0 ? 1 : 0);
  }
}
