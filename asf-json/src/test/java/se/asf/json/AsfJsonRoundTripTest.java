package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import se.asf.json.fixtures.Fixtures;
import se.asf.json.fixtures.Generators;
import se.asf.json.fixtures.Schemas;

/**
 * Property tests of the four documents: for arbitrary valid content, write∘read is identity,
 * read∘write is byte-stable, and the document's JSON Schema accepts what was written, masked or not.
 */
class AsfJsonRoundTripTest {
  private static final int EXAMPLES = 150;
  private static final AsfJson JSON = Fixtures.FULL;

  @Test
  void enterpriseDocument() {
    qt().withExamples(EXAMPLES).forAll(Generators.enterprises()).checkAssert(enterprise -> {
      String written = JSON.writeEnterprise(enterprise);
      assertEquals(enterprise, JSON.readEnterprise(written));
      assertEquals(written, JSON.writeEnterprise(JSON.readEnterprise(written)));
      Schemas.assertValid(AsfDocument.ENTERPRISE, written);
      Schemas.assertValid(AsfDocument.ENTERPRISE, Fixtures.MASKED.writeEnterprise(enterprise));
    });
  }

  @Test
  void biddersDocument() {
    qt().withExamples(EXAMPLES / 3).forAll(Generators.lists(Generators.enterprises(), 4)).checkAssert(bidders -> {
      String written = JSON.writeBidders(bidders);
      assertEquals(bidders, JSON.readBidders(written));
      assertEquals(written, JSON.writeBidders(JSON.readBidders(written)));
      Schemas.assertValid(AsfDocument.BIDDERS, written);
    });
  }

  @Test
  void procurementDocument() {
    qt().withExamples(EXAMPLES).forAll(Generators.procurements()).checkAssert(procurement -> {
      String written = JSON.writeProcurement(procurement);
      assertEquals(procurement, JSON.readProcurement(written));
      assertEquals(written, JSON.writeProcurement(JSON.readProcurement(written)));
      Schemas.assertValid(AsfDocument.PROCUREMENT, written);
    });
  }

  @Test
  void assessmentReportDocument() {
    qt().withExamples(EXAMPLES / 3).forAll(Generators.lists(Generators.assessments(), 4)).checkAssert(report -> {
      String written = JSON.writeAssessmentReport(report);
      assertEquals(report, JSON.readAssessmentReport(written));
      assertEquals(written, JSON.writeAssessmentReport(JSON.readAssessmentReport(written)));
      Schemas.assertValid(AsfDocument.ASSESSMENT_REPORT, written);
    });
  }
}
