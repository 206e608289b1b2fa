package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.Share;

class SelfDeclaredShareTest {

  private static SelfDeclaredShareBuilder espd() {
    return SelfDeclaredShare.builder().document(DeclarationDocument.ESPD_RESPONSE).documentId("R-1")
        .standardVersion("ESPD-EDM 3.1.0");
  }

  @Test
  void anAnswerWithoutPercentageHasNeitherValueNorShare() {
    SelfDeclaredShare answer = espd().indicator(true).build();
    assertEquals(Optional.of(true), answer.getIndicator());
    assertEquals(Optional.empty(), answer.getDeclaredValue());
    assertEquals(Optional.empty(), answer.getDeclaredShare());
  }

  @Test
  void aShareNeedsTheValueItWasReadFrom() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class,
        () -> espd().declaredShare(Share.ofPercent(70)).build());
    assertEquals(Invariant.SHARE_WITHOUT_VALUE, e.getInvariant());
    assertEquals(Share.ofPercent(70), espd().declaredValue("70").declaredShare(Share.ofPercent(70)).build()
        .getDeclaredShare().orElseThrow());
  }

  @Test
  void blankTextsAreRefused() {
    assertEquals(Invariant.BLANK_TEXT, assertThrows(InvariantViolationException.class,
        () -> espd().documentId(" ").build()).getInvariant());
    assertEquals(Invariant.BLANK_TEXT, assertThrows(InvariantViolationException.class,
        () -> espd().categories("").build()).getInvariant());
    assertEquals(Invariant.BLANK_TEXT, assertThrows(InvariantViolationException.class,
        () -> espd().declaredValue(" ").build()).getInvariant());
  }
}
