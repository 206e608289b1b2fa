package se.asf.json.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.asf.core.Share;
import se.asf.core.geo.Position;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.identity.IdentityViolation;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;
import se.asf.json.base.AsfSettings;
import se.asf.json.base.internal.Codecs;
import se.asf.json.base.internal.Declarations;
import se.asf.json.base.internal.EnumCode;
import se.asf.json.base.internal.EnumCodes;
import se.asf.json.base.internal.WireType;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.radius.PositionWarning;

/** The readers and writers a Jackson module registers: one for every value type of the wire format. */
class CodecsTest {
  @Test
  void everyValueTypeHasACodecForTheJacksonModules() {
    List<Codecs.Codec<?>> codecs = new Codecs(AsfSettings.defaults()).all();
    for (Codecs.Codec<?> codec : codecs) {
      assertNotNull(codec.reader(), codec.type().getName());
      assertNotNull(codec.writer(), codec.type().getName());
    }
    Set<Class<?>> types = codecs.stream().map(Codecs.Codec::type).collect(Collectors.toSet());
    for (WireType<?> declared : Declarations.ALL) {
      assertTrue(types.contains(declared.type()), declared.definition());
    }
    for (EnumCode<?> codes : EnumCodes.ALL) {
      assertTrue(types.contains(codes.type()), codes.type().getName());
    }
    for (Class<?> type : List.of(Share.class, Organisationsnummer.class, Personnummer.class, SupplierIdentity.class,
        IdentityViolation.class, Position.class, Wgs84Position.class, Sweref99TmPosition.class,
        Finding.class, Assessment.class, Outcome.class, PositionWarning.class)) {
      assertTrue(types.contains(type), type.getName());
    }
  }
}
