package se.asf.json;

import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.base.AsfJsonFeature;
import se.asf.json.corpus.HostileInputContract;
import se.asf.json.corpus.ProblemDetailsContract;

/** What a problem says, and where the whole-document reader draws its lines, with Jackson 2. */
class ProblemDetailsTest extends ProblemDetailsContract {
  private static final AsfJson JSON = AsfJson.builder().clock(HostileInputContract.CLOCK)
      .enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build();

  @Override
  protected AsfJsonDocuments json() {
    return JSON;
  }
}
