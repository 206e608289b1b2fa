package se.asf.json.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hostile corpus lists every file under {@code hostile/} once. */
class HostileCorpusTest {
  @Test
  void theCorpusCoversEveryFileOnce() throws Exception {
    List<String> listed = HostileInputContract.corpus().stream().map(HostileInputContract.Case::name).filter(n -> n.endsWith(".json")).sorted().toList();
    List<String> files;
    try (var stream = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/hostile"))) {
      files = stream.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(files, listed);
  }

}
