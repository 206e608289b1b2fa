package se.asf.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class IdentityNumberFormatExceptionTest {

  @Test
  void survivesSerializationWithItsViolations() throws IOException, ClassNotFoundException {
    IdentityNumberFormatException thrown =
        assertThrows(IdentityNumberFormatException.class, () -> Organisationsnummer.parse("556016-0681"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    IdentityNumberFormatException copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (IdentityNumberFormatException) in.readObject();
    }
    assertEquals(thrown.getViolations(), copy.getViolations());
    assertEquals(IdentityProblem.CHECK_DIGIT, copy.getProblem());
    assertEquals(thrown.getMaskedInput(), copy.getMaskedInput());
  }
}
