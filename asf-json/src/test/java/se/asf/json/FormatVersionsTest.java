package se.asf.json;

import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.base.AsfJsonFeature;
import se.asf.json.corpus.FormatVersionsContract;
import se.asf.json.corpus.HostileInputContract;

/** Format 1 documents are still read, with Jackson 2. */
class FormatVersionsTest extends FormatVersionsContract {
  private static final AsfJson JSON = AsfJson.builder().clock(HostileInputContract.CLOCK)
      .enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build();

  @Override
  protected AsfJsonDocuments json() {
    return JSON;
  }
}
