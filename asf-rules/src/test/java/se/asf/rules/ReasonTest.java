package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.rules.reasons.ShareReason;

/** A reason's code, outcome, parameters and message key, for the declared kinds and {@link Reason#of}. */
class ReasonTest {
  @Test
  void aReasonOfItsOwnValuesShowsItsCodeAndEqualsAnotherOfTheSame() {
    Reason own = Reason.of("OWN", Outcome.UNDETERMINED, List.of("a", "b"));
    assertEquals("OWN", own.getCode());
    assertEquals(Outcome.UNDETERMINED, own.getOutcome());
    assertEquals(List.of("a", "b"), own.getParameters());
    assertEquals("OWN", own.toString());
    assertEquals("APP-RULE.OWN", own.getMessageKey("APP-RULE"));
    assertEquals(own, Reason.of("OWN", Outcome.UNDETERMINED, List.of("a", "b")));
  }

  @Test
  void aParameterNamedTwiceIsRefused() {
    assertEquals("a parameter is named twice: [a, b, a]", assertThrows(IllegalArgumentException.class,
        () -> Reason.of("OWN", Outcome.MET, List.of("a", "b", "a"))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Reason.Declaration.of(Outcome.MET, "a", "a"));
  }

  @Test
  void aDeclarationHoldsItsOutcomeAndParametersInOrder() {
    Reason.Declaration declaration = Reason.Declaration.of(Outcome.NOT_MET, "share", "threshold");
    assertEquals(Outcome.NOT_MET, declaration.outcome());
    assertEquals(List.of("share", "threshold"), declaration.parameters());
    assertEquals(new Reason.Declaration(Outcome.NOT_MET, List.of("share", "threshold")), declaration);
  }

  @Test
  void aDeclaredReasonsCodeIsItsConstantsName() {
    assertEquals("BELOW_THRESHOLD", ShareReason.BELOW_THRESHOLD.getCode());
    assertEquals(Outcome.NOT_MET, ShareReason.BELOW_THRESHOLD.getOutcome());
    assertEquals("LOU-4-18-SHARE.BELOW_THRESHOLD", ShareReason.BELOW_THRESHOLD.getMessageKey("LOU-4-18-SHARE"));
  }
}
