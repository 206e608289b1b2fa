package se.asf.examples.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.jackson3.AsfJson;
import se.asf.rules.Assessment;
import se.asf.rules.Outcome;
import se.asf.rules.RuleSet;
import se.asf.rules.reserved.ProcurementRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts the real server on a random port and calls {@code POST /assessments} over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class AssessmentApplicationTest {
  private static final String PROCUREMENT = example("hbs-2017-pilot.procurement.json");
  private static final String BIDDERS = example("hbs-2017-bidders.json");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  // ------------------------------------------------------------------------------- the pilot

  @Test
  void thePilotGivesTheLibrarysOwnAssessmentReportInSwedishByDefault() {
    HttpResponse<String> response = post(parts(PROCUREMENT, BIDDERS), null, null);
    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(libraryReport(AsfJson.builder().messageLanguages(Locale.forLanguageTag("sv")).build()),
        response.body());
  }

  @Test
  void thePilotsVerdictsAreTheDemos() {
    HttpResponse<String> response = post(parts(PROCUREMENT, BIDDERS), null, null);
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (Assessment a : AsfJson.create().readAssessmentReport(response.body())) {
      outcomes.put(a.getSubjectName(), a.getOutcome());
    }
    assertEquals(9, outcomes.size(), outcomes::toString);
    assertEquals(Outcome.MET, outcomes.get("Tumba Återbruk ekonomisk förening"));
    // 2 of 20 in the target groups: below 30 %.
    assertEquals(Outcome.NOT_MET, outcomes.get("Huddinge Fastighetsservice AB"));
    // About 34 km from the nearest centre.
    assertEquals(Outcome.NOT_MET, outcomes.get("Vallentuna Textilverkstad ideell förening"));
    // 9 010 m on the ellipsoid: outside the 9 km radius, which a spherical distance would miss.
    assertEquals(Outcome.NOT_MET, outcomes.get("Gränsnära Trädgårdstjänst AB"));
    // No evidence: undetermined, not rejected.
    assertEquals(Outcome.UNDETERMINED, outcomes.get("Okänd Städ & Service AB"));
  }

  @Test
  void messagesFollowAcceptLanguage() {
    HttpResponse<String> english = post(parts(PROCUREMENT, BIDDERS), "en-GB,en;q=0.9", null);
    assertEquals(200, english.statusCode());
    assertEquals(libraryReport(AsfJson.builder().messageLanguages(Locale.ENGLISH).build()), english.body());
    HttpResponse<String> swedish = post(parts(PROCUREMENT, BIDDERS), "sv-SE", null);
    assertNotEquals(english.body(), swedish.body());
    // A language the library does not ship falls back to Swedish.
    HttpResponse<String> german = post(parts(PROCUREMENT, BIDDERS), "de", null);
    assertEquals(swedish.body(), german.body());
  }

  @Test
  void aValidBidderParameterAssessesThatBidderOnly() {
    HttpResponse<String> response = post(parts(PROCUREMENT, BIDDERS), null, "769631-2458");
    assertEquals(200, response.statusCode(), response::body);
    List<Assessment> assessments = AsfJson.create().readAssessmentReport(response.body());
    assertEquals(1, assessments.size());
    assertEquals("Tumba Återbruk ekonomisk förening", assessments.get(0).getSubjectName());
    assertEquals(Outcome.MET, assessments.get(0).getOutcome());
  }

  @Test
  void noPersonnummerInFullInAResponseOrTheLog(CapturedOutput output) {
    String soleTrader = soleTradersNumber();
    String digits = soleTrader.replaceAll("[^0-9]", "");
    List<String> forms = List.of(soleTrader, digits, soleTrader.substring(2), digits.substring(2));
    List<String> bodies = new ArrayList<>();
    bodies.add(post(parts(PROCUREMENT, BIDDERS), null, null).body());
    bodies.add(post(parts(PROCUREMENT, BIDDERS), "en", null).body());
    // The sole trader's number where an organisationsnummer is required, as a parameter.
    bodies.add(post(parts(PROCUREMENT, BIDDERS), "en", soleTrader).body());
    // And inside a document the reader refuses.
    bodies.add(post(parts(PROCUREMENT, BIDDERS.replace("\"formatVersion\": 2", "\"formatVersion\": 2, \"x\": \""
        + soleTrader + "\"")), "en", null).body());
    assertTrue(bodies.get(0).contains("Fixarservice i Hallunda"), "the sole trader is assessed");
    for (String text : List.of(String.join("\n", bodies), output.getAll())) {
      for (String form : forms) {
        assertFalse(text.contains(form), "full personnummer in the output");
      }
    }
  }

  // ------------------------------------------------------------------------------- problems

  @Test
  void aHostileBiddersDocumentIsA400ProblemWithTheLibrarysPointers() throws Exception {
    String hostile = """
        {"formatVersion": 1, "bidders": [{"name": "A", "nickname": "B"}, {"name": "C", "name": "D"}]}
        """;
    HttpResponse<String> response = post(parts(PROCUREMENT, hostile), "en", null);
    assertEquals(400, response.statusCode());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    JsonNode problem = MAPPER.readTree(response.body());
    assertEquals(400, problem.get("status").asInt());
    assertEquals("Invalid document", problem.get("title").asString());
    List<String> pointers = new ArrayList<>();
    for (JsonNode error : problem.get("errors")) {
      assertEquals("bidders", error.get("part").asString());
      assertFalse(error.get("detail").asString().isBlank());
      pointers.add(error.get("pointer").asString() + " " + error.get("code").asString());
    }
    assertTrue(pointers.contains("/bidders/0/nickname UNKNOWN_PROPERTY"), pointers::toString);
    assertTrue(pointers.contains("/bidders/1/name DUPLICATE_PROPERTY"), pointers::toString);
  }

  @Test
  void aHostileProcurementIsA400ProblemInSwedishByDefault() throws Exception {
    String hostile = PROCUREMENT.replaceFirst("\"formatVersion\": 2", "\"formatVersion\": \"2\"");
    HttpResponse<String> response = post(parts(hostile, BIDDERS), null, null);
    assertEquals(400, response.statusCode());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    JsonNode problem = MAPPER.readTree(response.body());
    assertEquals("Ogiltigt dokument", problem.get("title").asString());
    JsonNode error = problem.get("errors").get(0);
    assertEquals("procurement", error.get("part").asString());
    assertEquals("/formatVersion", error.get("pointer").asString());
  }

  @Test
  void anInvalidOrganisationsnummerParameterIsRefusedWithTheLibrarysConstraintMessage() throws Exception {
    HttpResponse<String> english = post(parts(PROCUREMENT, BIDDERS), "en", "12345");
    assertEquals(400, english.statusCode());
    assertEquals("application/problem+json", english.headers().firstValue("Content-Type").orElseThrow());
    JsonNode error = MAPPER.readTree(english.body()).get("errors").get(0);
    assertEquals("bidder", error.get("parameter").asString());
    assertEquals("must have 10 digits, NNNNNN-NNNN, or 12 with the century prefix 16",
        error.get("detail").asString());
    HttpResponse<String> swedish = post(parts(PROCUREMENT, BIDDERS), null, "12345");
    assertEquals("måste ha 10 siffror, NNNNNN-NNNN, eller 12 med sekelprefixet 16",
        MAPPER.readTree(swedish.body()).get("errors").get(0).get("detail").asString());
  }

  @Test
  void aMissingPartIsA400Problem() throws Exception {
    Multipart body = new Multipart().part("procurement", PROCUREMENT);
    HttpResponse<String> response = post(body, "en", null);
    assertEquals(400, response.statusCode());
    JsonNode problem = MAPPER.readTree(response.body());
    assertEquals("bidders", problem.get("part").asString());
  }

  @Test
  void anOversizedBodyIsRefusedWithA413Problem() throws Exception {
    // Over the service's 1 MB limit, under the reader's 16 MiB: the service's limit refuses it.
    String padded = BIDDERS.replaceFirst("\\{", "{" + " ".repeat(1_200_000));
    HttpResponse<String> response = post(parts(PROCUREMENT, padded), "en", null);
    assertEquals(413, response.statusCode());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    JsonNode problem = MAPPER.readTree(response.body());
    assertEquals(413, problem.get("status").asInt());
    assertEquals("Request too large", problem.get("title").asString());
  }

  // ------------------------------------------------------------------------------- helpers

  /** The library's own assessment of the same input: {@code RuleSet.assess} on the tender deadline. */
  private static String libraryReport(AsfJson json) {
    ReservedProcurement procurement = json.readProcurement(PROCUREMENT);
    RuleSet rules = ProcurementRules.forProcurement(procurement);
    List<Assessment> assessments = new ArrayList<>();
    for (Enterprise bidder : json.readBidders(BIDDERS)) {
      assessments.add(rules.assess(bidder, procurement.getTenderDeadline()));
    }
    return json.writeAssessmentReport(assessments);
  }

  private static String soleTradersNumber() {
    Matcher m = Pattern.compile("\"name\": \"Fixarservice i Hallunda\",\\s*\"personalIdentityNumber\": \"([0-9-]+)\"")
        .matcher(BIDDERS);
    assertTrue(m.find(), "the sole trader is in the bundled bidders");
    return m.group(1);
  }

  private HttpResponse<String> post(Multipart body, String acceptLanguage, String bidder) {
    String query = bidder == null ? "" : "?bidder=" + java.net.URLEncoder.encode(bidder, StandardCharsets.UTF_8);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assessments" + query))
        .header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Multipart parts(String procurement, String bidders) {
    return new Multipart().part("procurement", procurement).part("bidders", bidders);
  }

  private static String example(String name) {
    try (InputStream in = AssessmentApplicationTest.class.getClassLoader()
        .getResourceAsStream("se/asf/json/examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@code multipart/form-data} body of JSON file parts, as {@code curl -F name=@file} sends. */
  private static final class Multipart {
    static final String BOUNDARY = "asf-example-boundary";
    private final List<String> parts = new ArrayList<>();

    Multipart part(String name, String json) {
      parts.add("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
          + ".json\"\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n");
      return this;
    }

    byte[] bytes() {
      return (parts.stream().collect(Collectors.joining()) + "--" + BOUNDARY + "--\r\n")
          .getBytes(StandardCharsets.UTF_8);
    }
  }
}
