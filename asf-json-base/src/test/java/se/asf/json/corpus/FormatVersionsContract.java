package se.asf.json.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.json.base.AsfJsonDocuments;

/**
 * Format 1 enterprise, bidders and procurement documents are still read: the examples as they were
 * published in format 1 (under {@code v1/} in this test jar) read as the same values as the format 2
 * examples shipped in asf-json-base, and are written in format 2. Run by each Jackson module's subclass.
 */
public abstract class FormatVersionsContract {
  /**
   * Returns the reader and writer under test, standing on {@link HostileInputContract#CLOCK}, personnummer
   * written in full.
   *
   * @return the instance
   */
  protected abstract AsfJsonDocuments json();

  private static String resource(String path) {
    try (InputStream in = FormatVersionsContract.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aVersionOneBiddersDocumentReadsAsTheVersionTwoExample() {
    String v1 = resource("v1/hbs-2017-bidders.json");
    assertTrue(v1.startsWith("{\n  \"formatVersion\": 1,"), v1.substring(0, 40));
    String v2 = resource("se/asf/json/examples/hbs-2017-bidders.json");
    assertTrue(v2.startsWith("{\n  \"formatVersion\": 2,"), v2.substring(0, 40));
    assertEquals(json().readBidders(v2), json().readBidders(v1));
    assertEquals(v2, json().writeBidders(json().readBidders(v1)));
  }

  @Test
  void aVersionOneProcurementDocumentReadsAsTheVersionTwoExample() {
    String v1 = resource("v1/hbs-2017-pilot.procurement.json");
    assertTrue(v1.startsWith("{\n  \"formatVersion\": 1,"), v1.substring(0, 40));
    String v2 = resource("se/asf/json/examples/hbs-2017-pilot.procurement.json");
    assertEquals(json().readProcurement(v2), json().readProcurement(v1));
    assertEquals(v2, json().writeProcurement(json().readProcurement(v1)));
  }

  @Test
  void aVersionOneEnterpriseDocumentIsReadAndWrittenAsVersionTwo() {
    String v1 = resource("v1/tumba-aterbruk.enterprise.json");
    assertTrue(v1.startsWith("{\n  \"formatVersion\": 1,"), v1.substring(0, 40));
    Enterprise read = json().readEnterprise(v1);
    String v2 = json().writeEnterprise(read);
    assertTrue(v2.startsWith("{\n  \"formatVersion\": 2,"), v2.substring(0, 40));
    assertEquals(v1.replaceFirst("\"formatVersion\": 1,", "\"formatVersion\": 2,"), v2);
    assertEquals(read, json().readEnterprise(v2));
  }
}
