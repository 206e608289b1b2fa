package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}
