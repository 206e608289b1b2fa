package se.asf.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.InvariantViolationException;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.Site;
import se.asf.rules.fixtures.Bidders;
import se.asf.rules.fixtures.Generators;

/**
 * Why {@code RuleSet.assess} runs no validation pass: whatever the core builders accept, the
 * Jakarta constraints accept too. Were a constraint to reject a value a builder accepts, these
 * properties would find it.
 */
class BuildersEnforceTheConstraintsTest {

  @Test
  void everyEnterpriseTheBuildersAcceptIsValid() {
    AsfValidator validator = AsfValidator.create();
    qt().withExamples(300).forAll(Generators.enterprises())
        .checkAssert(enterprise -> assertEquals(List.of(), validator.validate(enterprise), enterprise.getName()));
  }

  @Test
  void anyNameTheBuildersAcceptIsNotBlankForTheConstraintsEither() {
    AsfValidator validator = AsfValidator.create();
    // Control characters and spaces of every kind, mixed with a few letters.
    qt().withExamples(2000).forAll(strings().betweenCodePoints(0, 0x3000).ofLengthBetween(0, 4))
        .checkAssert(name -> {
          Enterprise enterprise;
          try {
            enterprise = Bidders.qualifying().toBuilder().name(name).unit(name)
                .sites(List.of(Site.of(name, Bidders.SHOP_POSITION))).build();
          } catch (InvariantViolationException refused) {
            return;
          }
          assertEquals(List.of(), validator.validate(enterprise), () -> "accepted " + name.codePoints()
              .mapToObj(Integer::toHexString).toList());
        });
  }

  @Test
  void aNameOfControlCharactersIsRefusedWhenBuilt() {
    // @NotBlank trims everything up to U+0020; the builders refuse such a name as blank too.
    assertThrows(InvariantViolationException.class, () -> Bidders.qualifying().toBuilder().name("\u0001\u0002").build());
  }
}
