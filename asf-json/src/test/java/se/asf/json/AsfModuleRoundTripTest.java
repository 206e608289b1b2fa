package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.asf.core.DatePeriod;
import se.asf.core.Share;
import se.asf.core.enterprise.Board;
import se.asf.core.enterprise.BusinessActivity;
import se.asf.core.enterprise.DistributionClause;
import se.asf.core.enterprise.DocumentReference;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.enterprise.Owner;
import se.asf.core.enterprise.Ownership;
import se.asf.core.enterprise.ParticipationEvidence;
import se.asf.core.enterprise.PayRange;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.core.enterprise.Site;
import se.asf.core.geo.Position;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.identity.IdentityViolation;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.ContractingAuthority;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;
import se.asf.json.fixtures.Fixtures;
import se.asf.json.fixtures.Generators;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;

/**
 * Property tests of the module on a plain mapper, for arbitrary valid values of every public type:
 * writing then reading gives the value back (personnummer written in full), and reading what was
 * written then writing again gives the same bytes.
 */
class AsfModuleRoundTripTest {
  private static final ObjectMapper MAPPER = Fixtures.fullMapper();
  private static final int EXAMPLES = 200;

  private static <T> void roundTrips(Class<T> type, Gen<? extends T> values) {
    qt().withExamples(EXAMPLES).forAll(values).checkAssert(value -> {
      byte[] written = write(value);
      T read = read(written, type);
      assertEquals(value, read, () -> new String(written, java.nio.charset.StandardCharsets.UTF_8));
      assertArrayEquals(written, write(read));
    });
  }

  private static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(byte[] json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void share() {
    roundTrips(Share.class, Generators.shares());
  }

  @Test
  void datePeriod() {
    roundTrips(DatePeriod.class, Generators.periods());
  }

  @Test
  void organisationsnummer() {
    roundTrips(Organisationsnummer.class, Generators.organisationsnummer());
  }

  @Test
  void personnummer() {
    roundTrips(Personnummer.class, Generators.personnummer());
  }

  @Test
  void supplierIdentity() {
    roundTrips(SupplierIdentity.class, Generators.supplierIdentities());
  }

  @Test
  void aSupplierIdentityWrittenAsItsDeclaredTypeHasItsOwnKindsForm() throws IOException {
    com.fasterxml.jackson.databind.ObjectWriter asSupplier = MAPPER.writerFor(SupplierIdentity.class);
    Personnummer tolvan = Personnummer.parse("19121212-1212", java.time.LocalDate.of(2026, 1, 1));
    assertEquals("\"19121212-1212\"", asSupplier.writeValueAsString(tolvan));
    assertEquals(MAPPER.writeValueAsString(tolvan), asSupplier.writeValueAsString(tolvan));
    Organisationsnummer number = Organisationsnummer.parse("556016-0680");
    assertEquals("\"556016-0680\"", asSupplier.writeValueAsString(number));
    se.asf.core.identity.ForeignIdentifier foreign = se.asf.core.identity.ForeignIdentifier.parse("FI:VAT:FI01120389");
    assertEquals("\"FI:VAT:FI01120389\"", asSupplier.writeValueAsString(foreign));
    assertEquals(foreign, MAPPER.readValue("\"FI:VAT:FI01120389\"", SupplierIdentity.class));
  }

  @Test
  void identityViolation() {
    roundTrips(IdentityViolation.class, Generators.identityViolations());
  }

  @Test
  void position() {
    roundTrips(Position.class, Generators.positions());
  }

  @Test
  void wgs84Position() {
    roundTrips(Wgs84Position.class, Generators.wgs84Positions());
  }

  @Test
  void sweref99TmPosition() {
    roundTrips(Sweref99TmPosition.class, Generators.sweref99TmPositions());
  }

  @Test
  void workforceLine() {
    roundTrips(WorkforceLine.class, Generators.workforceLines());
  }

  @Test
  void workforce() {
    roundTrips(Workforce.class, Generators.workforces());
  }

  @Test
  void documentReference() {
    roundTrips(DocumentReference.class, Generators.documentReferences());
  }

  @Test
  void purposeEvidence() {
    roundTrips(PurposeEvidence.class, Generators.purposeEvidence());
  }

  @Test
  void participationEvidence() {
    roundTrips(ParticipationEvidence.class, Generators.participationEvidence());
  }

  @Test
  void distributionClause() {
    roundTrips(DistributionClause.class, Generators.distributionClauses());
  }

  @Test
  void fiscalYear() {
    roundTrips(FiscalYear.class, Generators.fiscalYears());
  }

  @Test
  void profitPolicy() {
    roundTrips(ProfitPolicy.class, Generators.profitPolicies());
  }

  @Test
  void owner() {
    roundTrips(Owner.class, Generators.owners());
  }

  @Test
  void board() {
    roundTrips(Board.class, Generators.boards());
  }

  @Test
  void ownership() {
    roundTrips(Ownership.class, Generators.ownerships());
  }

  @Test
  void payRange() {
    roundTrips(PayRange.class, Generators.payRanges());
  }

  @Test
  void site() {
    roundTrips(Site.class, Generators.sites());
  }

  @Test
  void businessActivity() {
    roundTrips(BusinessActivity.class, Generators.businessActivities());
  }

  @Test
  void enterprise() {
    roundTrips(Enterprise.class, Generators.enterprises());
  }

  @Test
  void centre() {
    roundTrips(Centre.class, Generators.centres());
  }

  @Test
  void contractingAuthority() {
    roundTrips(ContractingAuthority.class, Generators.contractingAuthorities());
  }

  @Test
  void geographicRequirement() {
    roundTrips(GeographicRequirement.class, Generators.geographicRequirements());
  }

  @Test
  void shareRequirement() {
    roundTrips(ShareRequirement.class, Generators.shareRequirements());
  }

  @Test
  void reservedProcurement() {
    roundTrips(ReservedProcurement.class, Generators.procurements());
  }

  @Test
  void finding() {
    roundTrips(Finding.class, Generators.findings());
  }

  @Test
  void assessment() {
    roundTrips(Assessment.class, Generators.assessments());
  }
}
