package se.asf.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class-data sharing archive that asf-cli's package phase makes for the runnable jar: it exists,
 * this JDK maps it ({@code -Xshare:on} fails the run otherwise), classes come from it, and a run with
 * it prints exactly what a run without it prints.
 */
class StartupArchiveTest {
  private static final Path TARGET = Reactor.root().resolve("asf-cli/target");

  private static String run(List<String> options, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.add("-jar");
    command.add(TARGET.resolve("asf.jar").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output;
  }

  @Test
  void theToolStartsFromItsArchiveAndPrintsTheSame() throws IOException, InterruptedException {
    Path archive = TARGET.resolve("asf.jsa");
    assertTrue(Files.size(archive) > 0, archive + " is made at package time");
    List<String> shared = List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on");
    assertEquals(run(List.of(), "demo", "--lang", "en"), run(shared, "demo", "--lang", "en"));
    String loaded = run(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:class+load=info"),
        "orgnr", "556016-0680");
    assertTrue(loaded.lines().anyMatch(line -> line.contains("se.asf.cli.AsfCli source: shared objects file (top)")),
        "the tool's own classes come from the archive");
  }
}
