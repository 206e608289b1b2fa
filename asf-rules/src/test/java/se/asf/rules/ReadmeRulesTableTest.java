package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The README's table of rules is generated from the rules' declarations and the shipped bundles:
 * this test builds the table and requires the README to hold exactly it. When it fails, the table
 * to paste is in {@code asf-rules/target/rules-table.md}.
 */
class ReadmeRulesTableTest {

  static String table() {
    StringBuilder table = new StringBuilder();
    table.append("| rule | reason | outcome | figures | source | message (sv) | message (en) |\n");
    table.append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (Rule rule : RuleCatalogue.libraryRules()) {
      for (Reason reason : rule.getReasons()) {
        String key = reason.getMessageKey(rule.getId());
        table.append("| `").append(rule.getId()).append("` | `").append(reason.getCode()).append("` | ")
            .append(reason.getOutcome()).append(" | ")
            .append(reason.getParameters().isEmpty() ? "-" : "`" + String.join("`, `", reason.getParameters()) + "`")
            .append(" | ").append(rule.getSource().orElseThrow()).append(" | ")
            .append(cell(RuleMessages.pattern(key, Locale.forLanguageTag("sv")).orElseThrow())).append(" | ")
            .append(cell(RuleMessages.pattern(key, Locale.ENGLISH).orElseThrow())).append(" |\n");
      }
    }
    return table.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  @Test
  void theReadmeHoldsTheTableOfEveryDeclaredRuleAndReason() throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).resolve("..").normalize();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    String marker = "<!-- rules-table -->\n";
    int start = readme.indexOf(marker);
    assertTrue(start >= 0, "README.md has <!-- rules-table -->");
    int end = readme.indexOf("\n\n", start + marker.length());
    String expected = table();
    Files.createDirectories(root.resolve("asf-rules/target"));
    Files.writeString(root.resolve("asf-rules/target/rules-table.md"), expected, StandardCharsets.UTF_8);
    assertEquals(expected, readme.substring(start + marker.length(), end + 1));
  }
}
