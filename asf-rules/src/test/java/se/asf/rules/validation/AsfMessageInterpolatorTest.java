package se.asf.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The interpolator behind the shared factory: the built-in {@code @DecimalMin} and {@code @DecimalMax}
 * templates get a wording by {@code inclusive}; every other template, even one that names those keys
 * on another constraint, is passed on unchanged.
 */
class AsfMessageInterpolatorTest {
  /** Every field is violated by {@link #INVALID}. */
  record Form(
      @DecimalMin("10") BigDecimal atLeastTen,
      @DecimalMax(value = "5", inclusive = false) BigDecimal belowFive,
      @DecimalMin(value = "10", message = "egen text om {value}") BigDecimal ownMinText,
      @DecimalMax(value = "5", message = "egen text om {value}") BigDecimal ownMaxText,
      @Min(value = 0, message = "{jakarta.validation.constraints.DecimalMin.message}") int minNamingDecimalMin,
      @Min(value = 0, message = "{jakarta.validation.constraints.DecimalMax.message}") int minNamingDecimalMax) {}

  private static final Form INVALID = new Form(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, -1, -1);

  /** The messages of the factory's own validator, interpolated once, in its default language: Swedish. */
  private static Map<String, String> firstMessages() {
    return AsfValidator.create().factory().getValidator().validate(INVALID).stream()
        .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
  }

  @Test
  void theBuiltInDecimalTemplatesAreWordedByInclusiveInTheFirstInterpolationToo() {
    Map<String, String> messages = firstMessages();
    assertEquals("måste vara större än eller lika med 10", messages.get("atLeastTen"));
    assertEquals("måste vara mindre än 5", messages.get("belowFive"));
  }

  @Test
  void otherTemplatesArePassedOnUnchanged() {
    Map<String, String> messages = firstMessages();
    assertEquals("egen text om 10", messages.get("ownMinText"));
    assertEquals("egen text om 5", messages.get("ownMaxText"));
    // Another constraint naming the keys gets the key's own text, with its term for 'inclusive' left as is.
    assertEquals("måste vara större än ${inclusive == true ? 'eller lika med ' : ''}0",
        messages.get("minNamingDecimalMin"));
    assertEquals("måste vara mindre än ${inclusive == true ? 'eller lika med ' : ''}0",
        messages.get("minNamingDecimalMax"));
  }

  @Test
  void theReportedViolationsCarryBothLanguages() {
    Map<String, InputViolation> byPath = AsfValidator.create().validate(INVALID).stream()
        .collect(Collectors.toMap(InputViolation::getPath, v -> v));
    assertEquals("must be greater than or equal to 10", byPath.get("atLeastTen").getMessage(java.util.Locale.ENGLISH));
    assertEquals("egen text om 5", byPath.get("ownMaxText").getMessage(java.util.Locale.ENGLISH));
  }
}
