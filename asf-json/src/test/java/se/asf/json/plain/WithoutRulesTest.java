package se.asf.json.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.AsfJson;
import se.asf.json.base.AsfJsonFeature;
import se.asf.json.base.internal.Rules;

/**
 * The plain JSON use: enterprises, bidders and procurements read and written with asf-core and
 * Jackson alone. Run by the {@code without-asf-rules} execution of surefire, which takes asf-rules
 * and its dependencies off the class path (and is skipped in the default one, which has them).
 */
class WithoutRulesTest {

  private static String example(String name) throws IOException {
    try (InputStream in = se.asf.json.base.AsfDocument.class.getResourceAsStream("/se/asf/json/examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void asfRulesIsAbsent() {
    assertFalse(Rules.PRESENT);
    assertThrows(ClassNotFoundException.class, () -> Class.forName("se.asf.rules.Assessment"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.hibernate.validator.HibernateValidator"));
  }

  @Test
  void biddersAndProcurementsReadAndWriteTheSameBytes() throws IOException {
    AsfJson json = AsfJson.builder().clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build();
    String bidders = example("hbs-2017-bidders.json");
    List<Enterprise> read = json.readBidders(bidders);
    assertEquals(bidders, json.writeBidders(read));
    String procurement = example("hbs-2017-pilot.procurement.json");
    ReservedProcurement pilot = json.readProcurement(procurement);
    assertEquals(procurement, json.writeProcurement(pilot));
  }

  @Test
  void anAssessmentReportAsksForAsfRules() {
    AsfJson json = AsfJson.create();
    assertThrows(IllegalStateException.class, () -> json.readAssessmentReport("{\"formatVersion\":2,\"assessments\":[]}"));
  }
}
