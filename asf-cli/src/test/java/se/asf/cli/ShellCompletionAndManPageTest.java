package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Generates, at build time, the bash/zsh completion script and the man pages (AsciiDoc, picocli's
 * ManPageGenerator; English, and Swedish in {@code man/sv}) into the module's classes, so that the
 * jar and asf.jar carry them under {@code META-INF/asf/}; and checks what they say.
 */
class ShellCompletionAndManPageTest {
  /** Where the jar's resources are assembled: the build's output directory. */
  static final Path OUT = Path.of("target", "classes", "META-INF", "asf");

  private static CommandLine commandLine() {
    return new CommandLine(new AsfCli(null, null),
        AsfCli.factory(InputStream.nullInputStream(), CliRun.CLOCK, false));
  }

  @Test
  void theCompletionScriptCompletesEveryCommandAndItsOptions() throws IOException {
    String script = AutoComplete.bash("asf", commandLine());
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("asf_completion"), script, StandardCharsets.UTF_8);

    assertTrue(script.contains("complete -F _complete_asf"), script);
    for (String word : new String[] {"demo", "assess", "definition", "orgnr", "distance", "convert",
        "procurement", "notice",
        "--procurement", "--bidders", "--fail-on", "--reference-date", "--lang", "--from-notice", "--lot", "--to"}) {
      assertTrue(script.contains(word), word);
    }
  }

  @Test
  void theManPagesDescribeEveryCommandInEnglishAndSwedish() throws IOException {
    Path english = OUT.resolve("man");
    Path swedish = english.resolve("sv");
    Files.createDirectories(swedish);
    CommandLine en = commandLine();
    ManPageGenerator.generateManPage(english.toFile(), null, new boolean[0], true, en.getCommandSpec());
    CommandLine sv = commandLine();
    sv.setResourceBundle(AsfCli.usageHelp(Language.sv));
    ManPageGenerator.generateManPage(swedish.toFile(), null, new boolean[0], true, sv.getCommandSpec());

    String assess = Files.readString(english.resolve("asf-assess.adoc"), StandardCharsets.UTF_8);
    assertTrue(assess.contains("--procurement") && assess.contains("Assess bidders against a reserved"
        + " procurement"), assess);
    String top = Files.readString(english.resolve("asf.adoc"), StandardCharsets.UTF_8);
    assertTrue(top.contains(":doctype: manpage") && top.contains("asf-orgnr"), top);
    String assessSv = Files.readString(swedish.resolve("asf-assess.adoc"), StandardCharsets.UTF_8);
    assertTrue(assessSv.contains("Bedöm anbudsgivare mot en reserverad upphandling"), assessSv);
    assertTrue(top.contains("asf-procurement") && top.contains("asf-notice"), top);
    String procurementSv = Files.readString(swedish.resolve("asf-procurement.adoc"), StandardCharsets.UTF_8);
    assertTrue(procurementSv.contains("--from-notice") && procurementSv.contains("Skriv stommen till ett"
        + " upphandlingsdokument"), procurementSv);
    String noticeSv = Files.readString(swedish.resolve("asf-notice.adoc"), StandardCharsets.UTF_8);
    assertTrue(noticeSv.contains("--to") && noticeSv.contains("ESPD-begärans kriterium"), noticeSv);
  }
}
