package se.asf.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.Optional;
import se.asf.core.enterprise.SelfDeclaredShare;
import se.asf.espd.EspdReader;
import se.asf.espd.EspdResponse;
import se.asf.espd.ReadFinding;
import se.asf.espd.ReadException;

/**
 * Bidders read from ESPD responses: one {@code *.xml} file, or every {@code *.xml} file of a folder
 * (not its subfolders), in name order. A refused file is a problem naming the file and the
 * element's location; the other files are assessed. What the reader found odd in a file it read
 * ({@link se.asf.espd.ReadFinding}: an ambiguous or missing percentage, an unanswered criterion), and
 * a "no" answer, are notes naming the file: they explain an UNDETERMINED or NOT MET share without
 * being problems, so they change neither the report nor the exit code.
 */
final class EspdBidders {
  private EspdBidders() {}

  /** Whether the input is an ESPD response or a folder of them. */
  static boolean accepts(Path input) {
    return Files.isDirectory(input) || (input.getFileName() != null
        && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"));
  }

  static List<Bidder> read(Path input, List<InputProblem> problems) throws IOException {
    return read(input, problems, new ArrayList<>());
  }

  static List<Bidder> read(Path input, List<InputProblem> problems, List<InputProblem> notes) throws IOException {
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
        EspdResponse response = EspdReader.standard().read(file);
        bidders.add(Bidder.fromDocument(response.toEnterprise()));
        for (ReadFinding finding : response.getFindings()) {
          notes.add(InputProblem.ofFile(file.toString(), finding::getMessage));
        }
        if (response.getSelfDeclaredShare().flatMap(SelfDeclaredShare::getIndicator).equals(Optional.of(false))) {
          notes.add(InputProblem.ofFile(file.toString(), InputProblem.message("espd.answerNo", response.getName(),
              response.getDocumentId())));
        }
      } catch (ReadException e) {
        problems.add(InputProblem.ofFile(file.toString(), e.getProblem()::getMessage));
      }
    }
    return bidders;
  }
}
