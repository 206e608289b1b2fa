package se.asf.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;

/**
 * Reads a {@link SupplierIdentity} written on its own as one string: a personnummer when it has
 * the 12-digit personnummer shape ({@code YYYYMMDD-NNNN}, or masked), otherwise an organisation
 * number. Inside an enterprise the two have properties of their own.
 */
final class SupplierIdentityReader implements ValueReader<SupplierIdentity> {
  private final ValueReader<Personnummer> personnummer;

  SupplierIdentityReader(ValueReader<Personnummer> personnummer) {
    this.personnummer = personnummer;
  }

  @Override
  public SupplierIdentity read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText();
      if (text.length() == 13 && text.charAt(8) == '-') {
        return personnummer.read(p, ctxt);
      }
    }
    return Scalars.ORGANISATIONSNUMMER_VALUE.read(p, ctxt);
  }
}
