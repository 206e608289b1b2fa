package se.asf.json;

import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.base.AsfJsonFeature;
import se.asf.json.corpus.HostileInputContract;
import se.asf.json.corpus.StreamingContract;

/** Bidders read and assessments written one at a time, with Jackson 2. */
class StreamingTest extends StreamingContract {
  private static final AsfJson JSON = AsfJson.builder().clock(HostileInputContract.CLOCK)
      .enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build();

  @Override
  protected AsfJsonDocuments json() {
    return JSON;
  }
}
