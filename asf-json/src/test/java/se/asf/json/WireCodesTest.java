package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.workforce.CountingBasis;

class WireCodesTest {

  @Test
  void mapsBothWays() {
    assertEquals("ekonomisk-forening", WireCodes.code(LegalForm.EKONOMISK_FORENING));
    assertEquals(Optional.of(LegalForm.EKONOMISK_FORENING), WireCodes.constant(LegalForm.class, "ekonomisk-forening"));
    assertEquals(Optional.empty(), WireCodes.constant(LegalForm.class, "EKONOMISK_FORENING"));
    assertEquals(List.of("heads", "full-time-equivalents"), WireCodes.codes(CountingBasis.class));
  }

  @Test
  void agreesWithTheModuleForEveryConstant() throws Exception {
    ObjectMapper mapper = AsfJson.create().newObjectMapper();
    for (Class<?> type : WireCodes.types()) {
      for (Object constant : type.getEnumConstants()) {
        Enum<?> e = (Enum<?>) constant;
        assertEquals(mapper.writeValueAsString(e), '"' + code(e) + '"', e.toString());
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String code(Enum<?> constant) {
    return WireCodes.code((Enum) constant);
  }

  @Test
  void refusesAnEnumWithoutCodes() {
    assertThrows(IllegalArgumentException.class, () -> WireCodes.codes(java.time.DayOfWeek.class));
  }
}
