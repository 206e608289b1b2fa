package se.asf.examples.springboot;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.base.AsfJsonException;
import se.asf.json.base.BiddersReport;
import se.asf.json.jackson3.AsfJson;
import se.asf.rules.Assessment;
import se.asf.rules.RuleSet;
import se.asf.rules.reserved.ProcurementRules;

/**
 * {@code POST /assessments}: assesses every bidder of a reserved procurement against the
 * procurement's rules (LOU 4 kap. 18 § and its radius), on the tender deadline, and answers with
 * the library's assessment report, its messages in the request's language.
 */
@RestController
public class AssessmentController {
  private final AsfDocuments documents;

  /**
   * Creates the controller.
   *
   * @param documents the library's readers and writers
   */
  public AssessmentController(AsfDocuments documents) {
    this.documents = documents;
  }

  /**
   * Assesses the bidders.
   *
   * @param request the two documents and the optional bidder
   * @param locale the request's language
   * @return the assessment report, {@code application/json}
   * @throws IOException if a part cannot be read
   */
  @PostMapping(path = "/assessments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> assess(@Valid @ModelAttribute AssessmentRequest request, Locale locale)
      throws IOException {
    AsfJson json = documents.forLocale(locale);
    ReservedProcurement procurement;
    try (InputStream in = part(request.procurement(), "procurement").getInputStream()) {
      procurement = json.readProcurement(in);
    } catch (AsfJsonException e) {
      throw new DocumentException("procurement", e.getProblems());
    }
    BiddersReport read;
    try (InputStream in = part(request.bidders(), "bidders").getInputStream()) {
      read = json.readBiddersReport(in);
    }
    if (!read.getProblems().isEmpty()) {
      throw new DocumentException("bidders", read.getProblems());
    }
    RuleSet rules = ProcurementRules.forProcurement(procurement);
    List<Assessment> assessments = new ArrayList<>();
    for (BiddersReport.Bidder bidder : read.getBidders()) {
      Enterprise enterprise = bidder.enterprise();
      if (request.bidder() == null || isBidder(enterprise, request.bidder())) {
        assessments.add(rules.assess(enterprise, procurement.getTenderDeadline()));
      }
    }
    byte[] report = json.writeAssessmentReport(assessments).getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }

  private static MultipartFile part(MultipartFile file, String name) {
    if (file == null) {
      throw new MissingDocumentException(name);
    }
    return file;
  }

  private static boolean isBidder(Enterprise enterprise, String number) {
    return enterprise.getIdentity().equals(Organisationsnummer.parse(number));
  }
}
