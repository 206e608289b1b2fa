package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class OutcomeTest {

  private static final Gen<Outcome> OUTCOMES = Generate.enumValues(Outcome.class);

  @Test
  void anyNotMetMakesTheWholeNotMet() {
    assertEquals(Outcome.NOT_MET, Outcome.combine(List.of(Outcome.MET, Outcome.UNDETERMINED, Outcome.NOT_MET)));
  }

  @Test
  void undeterminedWinsOverMet() {
    assertEquals(Outcome.UNDETERMINED, Outcome.combine(List.of(Outcome.MET, Outcome.UNDETERMINED)));
  }

  @Test
  void allMetIsMet() {
    assertEquals(Outcome.MET, Outcome.combine(List.of(Outcome.MET, Outcome.MET)));
  }

  @Test
  void noFindingsIsUndetermined() {
    assertEquals(Outcome.UNDETERMINED, Outcome.combine(List.of()));
  }

  @Test
  void combineIsTheDocumentedFunctionOfTheOutcomes() {
    qt().forAll(lists().of(OUTCOMES).ofSizeBetween(1, 12)).checkAssert(outcomes -> {
      Outcome expected = outcomes.contains(Outcome.NOT_MET) ? Outcome.NOT_MET
          : outcomes.contains(Outcome.UNDETERMINED) ? Outcome.UNDETERMINED : Outcome.MET;
      assertEquals(expected, Outcome.combine(outcomes));
    });
  }

  @Test
  void combineDoesNotDependOnOrder() {
    qt().forAll(lists().of(OUTCOMES).ofSizeBetween(0, 12)).checkAssert(outcomes -> {
      List<Outcome> reversed = new java.util.ArrayList<>(outcomes);
      java.util.Collections.reverse(reversed);
      assertEquals(Outcome.combine(outcomes), Outcome.combine(reversed));
    });
  }
}
