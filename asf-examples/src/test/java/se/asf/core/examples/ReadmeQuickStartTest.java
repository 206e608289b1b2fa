package se.asf.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.asf.core.DatePeriod;
import se.asf.core.Share;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.core.enterprise.Site;
import se.asf.core.geo.Position;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.identity.IdentityProblem;
import se.asf.core.identity.IdentityViolation;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;

/**
 * Keeps the README's quick start honest: the code between the markers below is the README's Java
 * block, character for character, and it runs.
 */
class ReadmeQuickStartTest {

  @Test
  void quickStartRunsAndSaysWhatTheReadmeSays() {
    Result result = quickStart();
    assertEquals("769600-0004", result.number.toString());
    assertEquals(1, result.violations.size());
    assertEquals(IdentityProblem.CHECK_DIGIT, result.violations.get(0).getProblem());
    assertEquals(Share.ofPercent(30), result.pilot.getShareRequirement().orElseThrow().getThreshold());
    assertEquals(20, result.enterprise.getWorkforce().orElseThrow().getTotalHeads());
    assertFalse(Organisationsnummer.isValid("556016-0681"));
    assertEquals(59.1995, result.grid.toWgs84().getLatitude(), 1e-9);
    assertEquals(17.8331, result.grid.toWgs84().getLongitude(), 1e-9);
  }

  @Test
  void readmeShowsExactlyThisCode() throws IOException {
    Path readme = Path.of(System.getProperty("user.dir")).resolve("../README.md").normalize();
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("<!-- quick-start -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(text);
    assertTrue(block.find(), "README.md has a ```java block after <!-- quick-start -->");
    Path source = Path.of(System.getProperty("user.dir"))
        .resolve("src/test/java/se/asf/core/examples/ReadmeQuickStartTest.java");
    String code = Files.readString(source, StandardCharsets.UTF_8);
    Matcher marked = Pattern.compile("// BEGIN quick-start\\n(.*?)\\s*// END quick-start", Pattern.DOTALL).matcher(code);
    assertTrue(marked.find());
    assertEquals(dedent(marked.group(1)).strip(), block.group(1).strip());
  }

  private static String dedent(String code) {
    return code.lines().map(line -> line.startsWith("    ") ? line.substring(4) : line)
        .reduce((a, b) -> a + "\n" + b).orElse("");
  }

  private static final class Result {
    Organisationsnummer number;
    List<IdentityViolation> violations;
    ReservedProcurement pilot;
    Enterprise enterprise;
    Sweref99TmPosition grid;
  }

  private static Result quickStart() {
    Result result = new Result();
    // BEGIN quick-start
    // Identity numbers parse strictly and explain what is wrong.
    Organisationsnummer number = Organisationsnummer.parse("769600-0004");
    List<IdentityViolation> violations = Organisationsnummer.check("556016-0681"); // [CHECK_DIGIT ...]

    // A reserved procurement is data: here the 2017 HBS pilot (LOU 4 kap. 18 §, 30 %, 9 km).
    ReservedProcurement pilot = Hbs2017Pilot.procurement();

    // A bidder, with the evidence its assessment needs. Unknown evidence stays empty.
    Enterprise enterprise = Enterprise.builder()
        .name("Exempel Second Hand ekonomisk förening")
        .identity(number)
        .legalForm(LegalForm.EKONOMISK_FORENING)
        .addSite(Site.of("Butiken i Tumba", Position.ofWgs84(59.1995, 17.8331)))
        .purpose(PurposeEvidence.builder()
            .source(EvidenceSource.STATUTES)
            .integrationOverarching(true)
            .build())
        .workforce(Workforce.builder()
            .period(DatePeriod.ofDate(LocalDate.of(2017, 12, 1)))
            .addLine(WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 12))
            .addLine(WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.LONG_TERM_UNEMPLOYED,
                8, new BigDecimal("5.5")))
            .build())
        .build();

    // Positions convert between WGS 84 and SWEREF 99 TM (EPSG:3006).
    Sweref99TmPosition grid = Position.ofWgs84(59.1995, 17.8331).toSweref99Tm();
    // END quick-start
    result.number = number;
    result.violations = violations;
    result.pilot = pilot;
    result.enterprise = enterprise;
    result.grid = grid;
    return result;
  }
}
