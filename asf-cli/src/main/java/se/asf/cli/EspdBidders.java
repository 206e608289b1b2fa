package se.asf.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.asf.espd.EspdReader;
import se.asf.espd.ReadException;

/**
 * Bidders read from ESPD responses: one {@code *.xml} file, or every {@code *.xml} file of a folder
 * (not its subfolders), in name order. A refused file is a problem naming the file and the
 * element's location; the other files are assessed.
 */
final class EspdBidders {
  private EspdBidders() {}

  /** Whether the input is an ESPD response or a folder of them. */
  static boolean accepts(Path input) {
    return Files.isDirectory(input) || (input.getFileName() != null
        && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"));
  }

  static List<Bidder> read(Path input, List<InputProblem> problems) throws IOException {
    List<Path> files;
    if (Files.isDirectory(input)) {
      try (Stream<Path> listed = Files.list(input)) {
        files = listed.filter(p -> Files.isRegularFile(p)
            && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")).sorted().toList();
      }
    } else {
      files = List.of(input);
    }
    List<Bidder> bidders = new ArrayList<>();
    for (Path file : files) {
      try {
        bidders.add(Bidder.fromDocument(EspdReader.standard().read(file).toEnterprise()));
      } catch (ReadException e) {
        problems.add(InputProblem.ofFile(file.toString(), e.getProblem()::getMessage));
      }
    }
    return bidders;
  }
}
