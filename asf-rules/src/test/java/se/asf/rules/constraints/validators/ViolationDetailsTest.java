package se.asf.rules.constraints.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a validator attaches to a violation: its message parameters and the value it is about. */
class ViolationDetailsTest {
  @Test
  void itKeepsAnUnmodifiableCopyOfTheParametersAndTheValue() {
    Map<String, Object> parameters = new HashMap<>(Map.of("northing", 6548757.206));
    ViolationDetails details = new ViolationDetails(parameters, "7 000 000");
    parameters.put("easting", 758410.519);
    assertEquals(Map.of("northing", 6548757.206), details.getMessageParameters());
    assertThrows(UnsupportedOperationException.class, () -> details.getMessageParameters().put("x", 1));
    assertEquals(Optional.of("7 000 000"), details.getValue());
    assertEquals(Optional.empty(), new ViolationDetails(Map.of(), null).getValue());
  }

  @Test
  void detailsAreEqualInParametersAndValue() {
    ViolationDetails details = new ViolationDetails(Map.of("a", 1), "v");
    assertEquals(details, new ViolationDetails(Map.of("a", 1), "v"));
    assertEquals(details.hashCode(), new ViolationDetails(Map.of("a", 1), "v").hashCode());
    assertNotEquals(details, new ViolationDetails(Map.of("a", 2), "v"));
    assertNotEquals(details, new ViolationDetails(Map.of("a", 1), "w"));
    assertNotEquals(details, new ViolationDetails(Map.of("a", 1), null));
    assertNotEquals(details, (Object) Map.of("a", 1));
    assertNotEquals(details.hashCode(), new ViolationDetails(Map.of("a", 1), "w").hashCode());
    assertEquals("ViolationDetails{a=1}", details.toString());
  }
}
