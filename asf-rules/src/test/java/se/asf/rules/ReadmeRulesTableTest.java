package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of rules is the message bundles, row for row. */
class ReadmeRulesTableTest {

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Findings.class.getResourceAsStream("/se/asf/rules/Messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyRuleAndReasonIsInTheReadmeWithBothMessages() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("user.dir")).resolve("../README.md").normalize(),
        StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- rules-table -->");
    assertTrue(start >= 0, "README.md has <!-- rules-table -->");
    Pattern row = Pattern.compile("^\\| `([A-Z0-9-]+)` \\| `([A-Z_]+)` \\| ([A-Z_]+) \\| ([^|]+) \\| (.*) \\| (.*) \\|$",
        Pattern.MULTILINE);
    Matcher rows = row.matcher(readme.substring(start));
    Map<String, String> sv = new TreeMap<>();
    Map<String, String> en = new TreeMap<>();
    while (rows.find()) {
      String key = rows.group(1) + "." + rows.group(2);
      sv.put(key, rows.group(5).replace("\\|", "|"));
      en.put(key, rows.group(6).replace("\\|", "|"));
    }
    Map<String, String> bundleSv = new TreeMap<>();
    Map<String, String> bundleEn = new TreeMap<>();
    bundle("sv").forEach((k, v) -> bundleSv.put((String) k, (String) v));
    bundle("en").forEach((k, v) -> bundleEn.put((String) k, (String) v));
    assertEquals(bundleSv.keySet(), bundleEn.keySet(), "both bundles have the same keys");
    assertEquals(bundleSv, sv);
    assertEquals(bundleEn, en);
  }
}
