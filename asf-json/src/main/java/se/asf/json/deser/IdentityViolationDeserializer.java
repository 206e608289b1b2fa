package se.asf.json.deser;

import com.fasterxml.jackson.databind.JsonMappingException;
import se.asf.core.identity.IdentityProblem;
import se.asf.core.identity.IdentityViolation;
import se.asf.json.JsonProblemCode;
import se.asf.json.wire.EnumCodes;

/** Reads an {@link IdentityViolation}: {@code {"problem": "check-digit", "expected": "check digit 0", "index": 10}}. */
final class IdentityViolationDeserializer extends ObjectDeserializer<IdentityViolation> {
  private static final Field<IdentityProblem> PROBLEM = Field.of("problem", Scalars.code(EnumCodes.IDENTITY_PROBLEM));
  private static final Field<String> EXPECTED = Field.of("expected", Scalars.TEXT);
  private static final Field<Integer> INDEX = Field.of("index", Scalars.INT);

  IdentityViolationDeserializer() {
    super(IdentityViolation.class, PROBLEM, EXPECTED, INDEX);
  }

  @Override
  protected IdentityViolation build(FieldValues values) throws JsonMappingException {
    int index = values.required(INDEX);
    if (index < -1) {
      throw values.problem("index", JsonProblemCode.INVALID_VALUE, "problem.index", Integer.toString(index));
    }
    return IdentityViolation.of(values.required(PROBLEM), values.required(EXPECTED), index);
  }
}
