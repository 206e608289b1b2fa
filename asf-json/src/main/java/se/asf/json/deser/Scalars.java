package se.asf.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.asf.core.InvariantViolationException;
import se.asf.core.Share;
import se.asf.core.identity.IdentityNumberFormatException;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.json.AsfJson;
import se.asf.json.JsonProblemCode;
import se.asf.json.wire.EnumCode;
import se.asf.json.wire.SafeText;
import se.asf.json.wire.WireSettings;

/**
 * Readers for the scalar values of the wire format, and for arrays and maps of values. Each is
 * strict: no coercion between JSON types (a string is never read as a number, nor a number as a
 * code), whatever the {@code ObjectMapper}'s coercion settings.
 */
public final class Scalars {
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern PERIOD = Pattern.compile("P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?");
  /** 10 or 12 digits ({@code 16} prefix), with or without the hyphen. */
  private static final Pattern ORGANISATIONSNUMMER = Pattern.compile("(16)?[0-9]{6}-?[0-9]{4}");
  /** The Swedish VAT number: {@code SE}, the ten digits, {@code 01}. */
  private static final Pattern VAT_NUMBER = Pattern.compile("SE([0-9]{10})01");
  /** The spellings of the CLI and the CSV: 10 or 12 digits, with {@code -}, {@code +} or no separator. */
  private static final Pattern PERSONNUMMER = Pattern.compile("([0-9]{2})?[0-9]{6}[-+]?[0-9]{4}");
  private static final Pattern MASKED_PERSONNUMMER = Pattern.compile("([0-9]{2})?[0-9]{6}[-+]?\\*{4}");

  /** Any JSON string that is well-formed Unicode. */
  public static final ValueReader<String> TEXT = Scalars::text;

  /** {@code true} or {@code false}. */
  public static final ValueReader<Boolean> BOOLEAN = (p, ctxt) -> {
    if (p.currentToken() == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (p.currentToken() == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    throw Problems.wrongType(ctxt, p, "type.boolean");
  };

  /** A JSON integer that fits a Java {@code int}. */
  public static final ValueReader<Integer> INT = (p, ctxt) -> {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw Problems.wrongType(ctxt, p, "type.integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw Problems.fail(ctxt, JsonProblemCode.INVALID_VALUE, "problem.integer-range",
          Integer.toString(Integer.MIN_VALUE), Integer.toString(Integer.MAX_VALUE));
    }
    return p.getIntValue();
  };

  /** An exact decimal, read as a {@code BigDecimal} from the number's text: never via a double. */
  public static final ValueReader<BigDecimal> DECIMAL = (p, ctxt) -> {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw Problems.wrongType(ctxt, p, "type.number");
    }
    BigDecimal value = p.getDecimalValue();
    if (plainLength(value) > AsfJson.MAX_NUMBER_LENGTH) {
      throw Problems.fail(ctxt, JsonProblemCode.LIMIT_EXCEEDED, "problem.decimal-too-long",
          Integer.toString(AsfJson.MAX_NUMBER_LENGTH));
    }
    return value;
  };

  /** A coordinate: a JSON number read as a double, as asf-core's positions hold it. */
  public static final ValueReader<Double> COORDINATE = (p, ctxt) -> {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw Problems.wrongType(ctxt, p, "type.number");
    }
    return p.getDoubleValue();
  };

  /** A share: an exact decimal fraction in [0, 1]. */
  public static final ValueReader<Share> SHARE = (p, ctxt) -> {
    BigDecimal fraction = DECIMAL.read(p, ctxt);
    try {
      return Share.ofFraction(fraction);
    } catch (InvariantViolationException e) {
      throw Problems.invariantHere(ctxt, e);
    }
  };

  /** An ISO-8601 calendar date, {@code YYYY-MM-DD}. */
  public static final ValueReader<LocalDate> DATE_VALUE = (p, ctxt) -> {
    String text = text(p, ctxt);
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text, DATE_FORMAT);
      } catch (DateTimeException e) {
        // falls through to the common report
      }
    }
    throw Problems.fail(ctxt, JsonProblemCode.INVALID_VALUE, "problem.date", SafeText.echo(text));
  };

  /** A year, as a JSON integer. */
  public static final ValueReader<Year> YEAR = (p, ctxt) -> {
    int year = INT.read(p, ctxt);
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw Problems.fail(ctxt, JsonProblemCode.INVALID_VALUE, "problem.year", Integer.toString(year));
    }
    return Year.of(year);
  };

  /** An ISO-8601 period of years, months, weeks and days, such as {@code P6M}; no signs. */
  public static final ValueReader<Period> PERIOD_VALUE = (p, ctxt) -> {
    String text = text(p, ctxt);
    if (PERIOD.matcher(text).matches()) {
      try {
        return Period.parse(text);
      } catch (DateTimeException | ArithmeticException e) {
        // falls through to the common report
      }
    }
    throw Problems.fail(ctxt, JsonProblemCode.INVALID_VALUE, "problem.period", SafeText.echo(text));
  };

  /**
   * An organisation number in the spellings of the CLI and the CSV: {@code NNNNNN-NNNN},
   * {@code NNNNNNNNNN}, either with the {@code 16} prefix, or the VAT number {@code SENNNNNNNNNN01}.
   * It is always written in its canonical form {@code NNNNNN-NNNN}.
   */
  public static final ValueReader<Organisationsnummer> ORGANISATIONSNUMMER_VALUE = (p, ctxt) -> {
    String text = text(p, ctxt);
    java.util.regex.Matcher vat = VAT_NUMBER.matcher(text);
    String number = vat.matches() ? vat.group(1) : text;
    if (!ORGANISATIONSNUMMER.matcher(number).matches()) {
      throw Problems.fail(ctxt, JsonProblemCode.INVALID_IDENTITY, "problem.organisationsnummer-form",
          SafeText.echo(text));
    }
    try {
      return Organisationsnummer.parse(number);
    } catch (IdentityNumberFormatException e) {
      throw Problems.identity(ctxt, e);
    }
  };

  private Scalars() {}

  /**
   * Returns the reader of a personnummer in the spellings of the CLI and the CSV: {@code YYYYMMDD-NNNN},
   * {@code YYYYMMDDNNNN}, {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN} (100 years or older) and
   * {@code YYMMDDNNNN}, parsed by asf-core's {@link Personnummer#parse(CharSequence, java.time.LocalDate)}
   * with the settings' clock as the reference date (which resolves a 10-digit form's century). It is
   * always written in the 12-digit form, masked unless the writer is told otherwise.
   *
   * @param settings the module's settings
   * @return the reader
   */
  public static ValueReader<Personnummer> personnummer(WireSettings settings) {
    return (p, ctxt) -> {
      String text = text(p, ctxt);
      if (MASKED_PERSONNUMMER.matcher(text).matches()) {
        throw Problems.fail(ctxt, JsonProblemCode.INVALID_IDENTITY, "problem.personnummer-masked",
            SafeText.echo(text));
      }
      if (!PERSONNUMMER.matcher(text).matches()) {
        throw Problems.fail(ctxt, JsonProblemCode.INVALID_IDENTITY, "problem.personnummer-form",
            SafeText.echo(text));
      }
      try {
        return Personnummer.parse(text, settings.today());
      } catch (IdentityNumberFormatException e) {
        throw Problems.identity(ctxt, e);
      }
    };
  }

  /**
   * Returns the reader of an enum's wire code.
   *
   * @param codes the enum's code table
   * @param <E> the enum
   * @return the reader
   */
  public static <E extends Enum<E>> ValueReader<E> code(EnumCode<E> codes) {
    return (p, ctxt) -> {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw Problems.wrongType(ctxt, p, "type.code");
      }
      String text = text(p, ctxt);
      return codes.constant(text).orElseThrow(() -> Problems.fail(ctxt, JsonProblemCode.UNKNOWN_CODE,
          "problem.unknown-code", SafeText.echo(text), String.join(", ", codes.codes())));
    };
  }

  /**
   * Returns the reader of an array of codes that may not repeat, read as a set.
   *
   * @param codes the enum's code table
   * @param <E> the enum
   * @return the reader
   */
  public static <E extends Enum<E>> ValueReader<Set<E>> codeSet(EnumCode<E> codes) {
    ValueReader<E> element = code(codes);
    return (p, ctxt) -> {
      EnumSet<E> set = EnumSet.noneOf(codes.type());
      forEachElement(p, ctxt, (index) -> {
        E constant = element.read(p, ctxt);
        if (!set.add(constant)) {
          throw Problems.fail(ctxt, JsonProblemCode.INVALID_VALUE, "problem.duplicate-code", codes.code(constant));
        }
      });
      return set;
    };
  }

  /**
   * Returns the reader of an array.
   *
   * @param element the reader of one element
   * @param <T> the element type
   * @return the reader, giving the elements in order
   */
  public static <T> ValueReader<List<T>> listOf(ValueReader<T> element) {
    return (p, ctxt) -> {
      List<T> list = new ArrayList<>();
      forEachElement(p, ctxt, index -> list.add(element.read(p, ctxt)));
      return list;
    };
  }

  /** Reads an object of string values, keeping the properties' order. */
  public static final ValueReader<Map<String, String>> TEXT_MAP = (p, ctxt) -> {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Problems.wrongType(ctxt, p, "type.object");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      try {
        if (map.containsKey(name)) {
          throw Problems.fail(ctxt, JsonProblemCode.DUPLICATE_PROPERTY, "problem.duplicate-property",
              SafeText.echo(name));
        }
        if (token == JsonToken.VALUE_NULL) {
          throw Problems.fail(ctxt, JsonProblemCode.NULL_VALUE, "problem.null");
        }
        map.put(name, text(p, ctxt));
      } catch (JsonMappingException e) {
        throw Problems.at(e, Map.class, name);
      }
    }
    return map;
  };

  /** What to do with one array element; the parser is on its first token. */
  @FunctionalInterface
  interface ElementAction {
    void accept(int index) throws java.io.IOException;
  }

  static void forEachElement(JsonParser p, DeserializationContext ctxt, ElementAction action)
      throws java.io.IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw Problems.wrongType(ctxt, p, "type.array");
    }
    int index = 0;
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken(), index++) {
      try {
        if (token == JsonToken.VALUE_NULL) {
          throw Problems.fail(ctxt, JsonProblemCode.NULL_VALUE, "problem.null");
        }
        action.accept(index);
      } catch (JsonMappingException e) {
        throw Problems.at(e, List.class, index);
      }
    }
  }

  private static String text(JsonParser p, DeserializationContext ctxt) throws java.io.IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Problems.wrongType(ctxt, p, "type.string");
    }
    String text = p.getText();
    if (hasUnpairedSurrogate(text)) {
      throw Problems.fail(ctxt, JsonProblemCode.ENCODING, "problem.unpaired-surrogate");
    }
    return text;
  }

  /**
   * Tells whether a text holds a lone UTF-16 surrogate, which no UTF-8 document can carry.
   *
   * @param text the text
   * @return {@code true} if some surrogate is unpaired
   */
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
   * Returns the length of a decimal's plain (exponent-free) text, computed without building it, so
   * that {@code 1E+999999999} costs nothing to reject.
   *
   * @param value the decimal
   * @return the number of characters of {@code value.toPlainString()}, or an upper bound of it
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
