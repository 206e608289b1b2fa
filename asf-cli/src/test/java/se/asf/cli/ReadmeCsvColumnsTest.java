package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of CSV columns lists exactly the columns the reader knows, in its order. */
class ReadmeCsvColumnsTest {
  @Test
  void theReadmeListsEveryColumnWithBothHeadersAndItsLevel() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("user.dir")).resolve("../README.md").normalize(),
        StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- csv-columns -->");
    assertTrue(start >= 0, "README.md has the CSV columns after <!-- csv-columns -->");
    Matcher row = Pattern.compile("^\\| `([a-z_]+)` \\| `([a-z_]+)` \\| (bidder|site) \\|", Pattern.MULTILINE)
        .matcher(readme.substring(start, readme.indexOf("\n\n", readme.indexOf("| --- |", start))));
    List<String> documented = new ArrayList<>();
    while (row.find()) {
      documented.add(row.group(1) + " " + row.group(2) + " " + row.group(3));
    }
    List<String> known = new ArrayList<>();
    for (CsvColumn column : CsvColumn.values()) {
      known.add(column.header(Locale.ENGLISH) + " " + column.header(Locale.forLanguageTag("sv")) + " "
          + (column.isBidderLevel() ? "bidder" : "site"));
    }
    assertEquals(known, documented);
  }
}
