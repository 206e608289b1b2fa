package se.asf.json.deser;

import se.asf.core.DatePeriod;

/** Reads a {@link DatePeriod}: {@code {"start": "2018-02-01", "end": "2020-05-31"}}. */
final class DatePeriodDeserializer extends ObjectDeserializer<DatePeriod> {
  private static final Field<java.time.LocalDate> START = Field.of("start", Scalars.DATE_VALUE);
  private static final Field<java.time.LocalDate> END = Field.of("end", Scalars.DATE_VALUE);

  DatePeriodDeserializer() {
    super(DatePeriod.class, START, END);
  }

  @Override
  protected DatePeriod build(FieldValues values) throws com.fasterxml.jackson.databind.JsonMappingException {
    return DatePeriod.of(values.required(START), values.required(END));
  }
}
