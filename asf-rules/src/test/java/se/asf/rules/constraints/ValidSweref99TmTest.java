package se.asf.rules.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.rules.fixtures.JakartaValidators;
import se.asf.rules.fixtures.SupplierForm;

class ValidSweref99TmTest {
  private static final String KEY = "{se.asf.rules.constraints.ValidSweref99Tm.";
  private final Validator validator = JakartaValidators.on(Clock.systemUTC());

  private <T> List<ConstraintViolation<T>> validate(T value) {
    return JakartaValidators.validate(validator, value);
  }

  private List<ConstraintViolation<SupplierForm>> validatePosition(Double northing, Double easting) {
    return validate(SupplierForm.valid().withPosition(northing, easting));
  }

  private static <T> List<String> paths(List<ConstraintViolation<T>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toList());
  }

  @Test
  void acceptsAPositionInSweden() {
    assertEquals(List.of(), validatePosition(SupplierForm.NORTHING, SupplierForm.EASTING));
  }

  @Test
  void aMissingCoordinateIsNotChecked() {
    assertEquals(List.of(), validatePosition(null, 1.0));
    assertEquals(List.of(), validatePosition(1.0, null));
  }

  @Test
  void northingOutOfRangeIsReportedOnTheNorthingProperty() {
    List<ConstraintViolation<SupplierForm>> violations = validatePosition(5_000_000.0, SupplierForm.EASTING);
    assertEquals(1, violations.size());
    ConstraintViolation<SupplierForm> violation = violations.get(0);
    assertEquals("northing", violation.getPropertyPath().toString());
    assertEquals(KEY + "NORTHING_OUT_OF_RANGE.message}", violation.getMessageTemplate());
    assertEquals("must be a SWEREF 99 TM northing between 6090000 and 7700000 metres", violation.getMessage());
  }

  @Test
  void eastingOutOfRangeIsReportedOnTheEastingProperty() {
    List<ConstraintViolation<SupplierForm>> violations = validatePosition(SupplierForm.NORTHING, 100_000.0);
    assertEquals(List.of("easting"), paths(violations));
    assertEquals("must be a SWEREF 99 TM easting between 180000 and 1090000 metres",
        violations.get(0).getMessage());
  }

  @Test
  void bothAxesWrongAreBothReported() {
    List<ConstraintViolation<SupplierForm>> violations = validatePosition(1.0, 2.0);
    assertEquals(List.of("easting", "northing"), paths(violations));
    assertEquals(KEY + "EASTING_OUT_OF_RANGE.message}", violations.get(0).getMessageTemplate());
    assertEquals(KEY + "NORTHING_OUT_OF_RANGE.message}", violations.get(1).getMessageTemplate());
  }

  @Test
  void aNonFiniteCoordinateIsReportedAsSuch() {
    List<ConstraintViolation<SupplierForm>> violations = validatePosition(SupplierForm.NORTHING, Double.NaN);
    assertEquals(List.of("easting"), paths(violations));
    assertEquals(KEY + "COORDINATE_NOT_FINITE.message}", violations.get(0).getMessageTemplate());
  }

  @Test
  void readsRenamedPrimitiveRecordComponents() {
    @ValidSweref99Tm(northing = "y", easting = "x")
    record MapClick(double y, double x) {}
    assertEquals(List.of(), validate(new MapClick(SupplierForm.NORTHING, SupplierForm.EASTING)));
    assertEquals(List.of("y"), paths(validate(new MapClick(0, SupplierForm.EASTING))));
  }

  /** A JavaBean: the coordinates are read through getters. */
  @ValidSweref99Tm
  static class BeanSite {
    private final BigDecimal n;
    private final BigDecimal e;

    BeanSite(String n, String e) {
      this.n = new BigDecimal(n);
      this.e = new BigDecimal(e);
    }

    public BigDecimal getNorthing() {
      return n;
    }

    public BigDecimal getEasting() {
      return e;
    }
  }

  @Test
  void readsGettersOfAnyNumberType() {
    assertEquals(List.of(), validate(new BeanSite("6548757.206", "758410.519")));
    assertEquals(List.of("easting"), paths(validate(new BeanSite("6548757.206", "1090000.001"))));
  }

  /** Fields only, in a superclass. */
  static class FieldPosition {
    int northing;
    long easting;
  }

  /** Inherits the fields. */
  @ValidSweref99Tm
  static class FieldSite extends FieldPosition {
    FieldSite(int northing, long easting) {
      this.northing = northing;
      this.easting = easting;
    }
  }

  @Test
  void readsInheritedFields() {
    assertEquals(List.of(), validate(new FieldSite(6_548_757, 758_410)));
    assertEquals(List.of("northing"), paths(validate(new FieldSite(7_700_001, 758_410))));
  }

  @Test
  void aRecordComponentIsReadThroughItsAccessor() {
    // The accessor, not the field, is the component's value.
    @ValidSweref99Tm
    record Clamped(double northing, double easting) {
      @Override
      public double northing() {
        return Math.max(northing, SupplierForm.NORTHING);
      }
    }
    assertEquals(List.of(), validate(new Clamped(0, SupplierForm.EASTING)));
    assertEquals(List.of("easting"), paths(validate(new Clamped(0, 0))));
  }

  /** The instance fields that hold the position. */
  static class DecoyPosition {
    double northing;
    double easting;
  }

  /** Members that look like the properties but are not: static ones, and a method that takes an argument. */
  @ValidSweref99Tm
  static class Decoys extends DecoyPosition {
    static double northing = 0;

    Decoys(double northing, double easting) {
      super.northing = northing;
      super.easting = easting;
    }

    static double getEasting() {
      return 0;
    }

    double getNorthing(int scale) {
      return 0;
    }
  }

  @Test
  void staticMembersAndMethodsWithArgumentsAreNotProperties() {
    assertEquals(0, Decoys.northing + Decoys.getEasting() + new Decoys(0, 0).getNorthing(1));
    assertEquals(List.of(), validate(new Decoys(SupplierForm.NORTHING, SupplierForm.EASTING)));
    assertEquals(List.of("northing"), paths(validate(new Decoys(7_700_001, SupplierForm.EASTING))));
  }

  /** A getter that returns nothing. */
  @ValidSweref99Tm
  static class VoidGetter {
    double easting = SupplierForm.EASTING;

    public void getNorthing() {}
  }

  @Test
  void aGetterOfNothingIsADeclarationError() {
    assertNotANumber(assertThrows(ValidationException.class, () -> validate(new VoidGetter())),
        "'northing' has the type void");
  }

  @Test
  void noObjectIsValid() {
    assertTrue(new se.asf.rules.constraints.validators.Sweref99TmValidator().isValid(null, null));
  }

  @Test
  void checksEachRepeatedPair() {
    @ValidSweref99Tm(northing = "siteNorthing", easting = "siteEasting")
    @ValidSweref99Tm(northing = "officeNorthing", easting = "officeEasting")
    record TwoSites(double siteNorthing, double siteEasting, double officeNorthing, double officeEasting) {}
    assertEquals(List.of("officeEasting"), paths(validate(new TwoSites(
        SupplierForm.NORTHING, SupplierForm.EASTING, SupplierForm.NORTHING, 0))));
  }

  @Test
  void aCustomMessageIsStillReportedOnTheProperty() {
    @ValidSweref99Tm(message = "outside Sweden")
    record Site(double northing, double easting) {}
    List<ConstraintViolation<Site>> violations = validate(new Site(0, SupplierForm.EASTING));
    assertEquals(List.of("northing"), paths(violations));
    assertEquals("outside Sweden", violations.get(0).getMessage());
  }

  @Test
  void aMissingPropertyIsADeclarationError() {
    @ValidSweref99Tm(northing = "north")
    record Site(double northing, double easting) {}
    ValidationException e = assertThrows(ValidationException.class, () -> validate(new Site(0, 0)));
    assertTrue(String.valueOf(e.getMessage()).contains("north")
        || String.valueOf(e.getCause()).contains("'north'"), String.valueOf(e));
  }

  @Test
  void aNonNumericPropertyIsADeclarationError() {
    @ValidSweref99Tm
    record Site(String northing, double easting) {}
    assertNotANumber(assertThrows(ValidationException.class, () -> validate(new Site("6548757", 0))),
        "'northing' has the type java.lang.String");
    @ValidSweref99Tm
    record Flags(double northing, boolean easting) {}
    assertNotANumber(assertThrows(ValidationException.class, () -> validate(new Flags(0, true))),
        "'easting' has the type boolean");
    @ValidSweref99Tm
    record Letters(char northing, double easting) {}
    assertNotANumber(assertThrows(ValidationException.class, () -> validate(new Letters('6', 0))),
        "'northing' has the type char");
  }

  @Test
  void integerPropertiesAreNumbersToo() {
    @ValidSweref99Tm
    record Site(long northing, Integer easting) {}
    assertEquals(List.of(), paths(validate(new Site(6_548_757, 758_410))));
    assertEquals(List.of("northing"), paths(validate(new Site(0, 758_410))));
  }

  private static void assertNotANumber(ValidationException e, String expected) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    assertTrue(messages.toString().contains(expected + ", not a number"), messages.toString());
  }

  @Test
  void agreesWithTheCoreCheckOnAnyPair() {
    qt().forAll(doubles().between(5_000_000, 8_000_000), doubles().between(0, 1_200_000))
        .check((n, e) -> validatePosition(n, e).isEmpty() == Sweref99TmPosition.isValid(n, e));
  }
}
