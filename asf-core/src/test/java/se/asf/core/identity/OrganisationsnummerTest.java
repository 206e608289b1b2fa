package se.asf.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class OrganisationsnummerTest {
  @Test
  void parsesCanonicalForm() {
    assertEquals("556016-0680", Organisationsnummer.parse("5560160680").toString());
  }

  @Test
  void quickTheoriesRuns() {
    qt().forAll(integers().between(0, 9)).check(i -> i >= 0);
  }
}
