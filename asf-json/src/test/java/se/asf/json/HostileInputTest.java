package se.asf.json;

import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.corpus.HostileInputContract;

/** The hostile corpus of asf-json-base, read with Jackson 2. */
class HostileInputTest extends HostileInputContract {
  private static final AsfJson JSON = AsfJson.builder().clock(CLOCK).build();

  @Override
  protected AsfJsonDocuments json() {
    return JSON;
  }
}
