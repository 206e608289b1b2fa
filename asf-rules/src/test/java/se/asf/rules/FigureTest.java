package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.asf.core.DatePeriod;
import se.asf.core.workforce.CountingBasis;

class FigureTest {
  @Test
  void eachKindKeepsItsTypedValueAndItsStableTextForm() {
    assertEquals(Optional.of(new BigDecimal("16.5")), Figure.decimal("fte", new BigDecimal("16.5")).getDecimal());
    assertEquals("16.5", Figure.decimal("fte", new BigDecimal("16.5")).toString());
    assertEquals("35.00 %", Figure.percent("share", new BigDecimal("35.00")).toString());
    assertEquals("9000.001", Figure.distance("distance", new BigDecimal("9000.001")).toString());
    assertEquals(Optional.of(LocalDate.of(2017, 12, 11)), Figure.date("date", LocalDate.of(2017, 12, 11)).getDate());
    assertEquals(Optional.of("Butiken"), Figure.text("site", "Butiken").getText());
    assertEquals(Optional.empty(), Figure.text("site", "Butiken").getDecimal());
    assertEquals("-", Figure.none("site").toString());
    assertEquals(Optional.empty(), Figure.none("site").getText());
  }

  @Test
  void aDeferredFigureIsComputedWhenFirstReadThenKept() {
    int[] calls = new int[1];
    Figure distance = Figure.deferred("distance", Figure.Kind.DISTANCE, () -> {
      calls[0]++;
      return new BigDecimal("183.506");
    });
    assertEquals(0, calls[0]);
    assertEquals("distance", distance.getName());
    assertEquals(Figure.Kind.DISTANCE, distance.getKind());
    assertEquals(0, calls[0], "name and kind need no value");
    assertEquals("183.506", distance.toString());
    assertEquals(Optional.of(new BigDecimal("183.506")), distance.getDecimal());
    assertEquals(Figure.distance("distance", new BigDecimal("183.506")), distance);
    assertEquals(Figure.distance("distance", new BigDecimal("183.506")).hashCode(), distance.hashCode());
    assertEquals(1, calls[0]);
  }

  @Test
  void aDeferredFigureOfTheWrongTypeIsRefusedWhenRead() {
    Figure wrong = Figure.deferred("distance", Figure.Kind.DISTANCE, () -> "far");
    assertThrows(IllegalStateException.class, wrong::toString);
    assertThrows(IllegalArgumentException.class, () -> Figure.deferred("x", Figure.Kind.NONE, () -> null));
  }

  private static final LocalDate DATE = LocalDate.of(2017, 12, 11);
  private static final DatePeriod PERIOD = DatePeriod.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));

  @Test
  void eachTypedGetterAnswersOnlyItsOwnKind() {
    Figure period = Figure.period("period", PERIOD);
    assertEquals(Optional.of(PERIOD), period.getPeriod());
    assertEquals("2017-01-01/2017-12-31", period.toString());
    Figure code = Figure.code("basis", CountingBasis.HEADS);
    assertEquals(Optional.of(CountingBasis.HEADS), code.getCode());
    assertEquals("HEADS", code.toString());
    Figure decimal = Figure.count("occupied", 20);
    for (Figure other : List.of(decimal, Figure.text("site", "Butiken"), Figure.none("site"))) {
      assertEquals(Optional.empty(), other.getPeriod(), other::toString);
      assertEquals(Optional.empty(), other.getCode(), other::toString);
      assertEquals(Optional.empty(), other.getDate(), other::toString);
    }
    assertEquals(Optional.empty(), period.getDecimal());
    assertEquals(Optional.empty(), code.getDate());
    assertEquals(Optional.empty(), Figure.date("date", DATE).getPeriod());
  }

  @Test
  void aBlankNameIsRefused() {
    assertEquals("a figure's name must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Figure.text(" ", "Butiken")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Figure.count("", 1));
  }

  @Test
  void figuresAreEqualOnlyInNameKindAndValue() {
    Figure distance = Figure.distance("d", new BigDecimal("9000"));
    assertEquals(distance, Figure.distance("d", new BigDecimal("9000")));
    assertNotEquals(distance, Figure.distance("e", new BigDecimal("9000")));
    assertNotEquals(distance, Figure.decimal("d", new BigDecimal("9000")), "another kind of the same value");
    assertNotEquals(distance, Figure.distance("d", new BigDecimal("9001")));
    assertNotEquals(distance, (Object) "9000");
    assertNotEquals(Figure.none("d"), Figure.text("d", "-"));
  }

  @Test
  void differentFiguresSpreadOverHashCodes() {
    List<Figure> figures = List.of(Figure.count("a", 1), Figure.count("a", 2), Figure.count("b", 1),
        Figure.percent("a", BigDecimal.ONE), Figure.text("a", "1"), Figure.none("a"), Figure.date("a", DATE));
    Set<Integer> hashes = figures.stream().map(Figure::hashCode).collect(Collectors.toSet());
    assertTrue(hashes.size() > 1, "not one hash code for all: " + hashes);
  }

  @Test
  void aDeferredFigureOfEachKindTakesOnlyAValueOfThatKind() {
    List<Object> values = List.of(BigDecimal.ONE, DATE, PERIOD, "Butiken", CountingBasis.HEADS);
    for (Figure.Kind kind : List.of(Figure.Kind.DECIMAL, Figure.Kind.SHARE, Figure.Kind.DISTANCE, Figure.Kind.DATE,
        Figure.Kind.PERIOD, Figure.Kind.TEXT, Figure.Kind.CODE)) {
      Object right = switch (kind) {
        case DATE -> DATE;
        case PERIOD -> PERIOD;
        case TEXT -> "Butiken";
        case CODE -> CountingBasis.HEADS;
        default -> BigDecimal.ONE;
      };
      String text = switch (kind) {
        case DATE -> "2017-12-11";
        case PERIOD -> "2017-01-01/2017-12-31";
        case TEXT -> "Butiken";
        case CODE -> "HEADS";
        case SHARE -> "1 %";
        default -> "1";
      };
      for (Object value : values) {
        Supplier<Object> supplier = () -> value;
        Figure figure = Figure.deferred("x", kind, supplier);
        if (value == right) {
          assertEquals(text, figure.toString());
          assertEquals(kind, figure.getKind());
        } else {
          IllegalStateException e = assertThrows(IllegalStateException.class, figure::hashCode, kind + " " + value);
          assertEquals("the deferred figure x is not a " + kind + ": " + value, e.getMessage());
        }
      }
    }
  }
}
