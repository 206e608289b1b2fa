package se.asf.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.AsfJson;
import se.asf.json.base.BiddersReport;
import se.asf.json.base.AsfJsonException;
import se.asf.json.base.JsonProblem;

/**
 * Reads the input files of the commands, turning every failure into an {@link InputFileException}
 * that names the file and, for JSON, the JSON Pointer of each problem.
 */
final class InputFiles {
  private InputFiles() {}

  /** Reads a whole file of at most {@code limit} bytes. */
  static byte[] read(Path path, int limit) throws InputFileException {
    String file = path.toString();
    if (Files.isDirectory(path)) {
      throw new InputFileException(InputProblem.ofFile(file, InputProblem.message("file.directory")));
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw new InputFileException(InputProblem.ofFile(file, InputProblem.message("file.tooLarge", limit)));
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new InputFileException(InputProblem.ofFile(file, InputProblem.message("file.notFound")));
    } catch (AccessDeniedException e) {
      throw new InputFileException(InputProblem.ofFile(file, InputProblem.message("file.denied")));
    } catch (IOException e) {
      String reason = e.getClass().getSimpleName();
      throw new InputFileException(InputProblem.ofFile(file, InputProblem.message("file.unreadable", reason)));
    }
  }

  /** Opens a file to be read as a stream, counting the bytes read for a progress line's estimate. */
  static StreamingAssess.Counting stream(Path path) throws InputFileException {
    String file = path.toString();
    if (Files.isDirectory(path)) {
      throw new InputFileException(InputProblem.ofFile(file, InputProblem.message("file.directory")));
    }
    try {
      long size = Files.isRegularFile(path) ? Files.size(path) : 0;
      return new StreamingAssess.Counting(Files.newInputStream(path), size);
    } catch (NoSuchFileException e) {
      throw new InputFileException(InputProblem.ofFile(file, InputProblem.message("file.notFound")));
    } catch (AccessDeniedException e) {
      throw new InputFileException(InputProblem.ofFile(file, InputProblem.message("file.denied")));
    } catch (IOException e) {
      String reason = e.getClass().getSimpleName();
      throw new InputFileException(InputProblem.ofFile(file, InputProblem.message("file.unreadable", reason)));
    }
  }

  static ReservedProcurement procurement(AsfJson json, Path path) throws InputFileException {
    return readJson(path, json::readProcurement);
  }

  static Enterprise enterprise(AsfJson json, Path path) throws InputFileException {
    return readJson(path, json::readEnterprise);
  }

  private static <T> T readJson(Path path, Function<InputStream, T> reader) throws InputFileException {
    byte[] bytes = read(path, AsfJson.MAX_DOCUMENT_BYTES);
    try {
      return reader.apply(new ByteArrayInputStream(bytes));
    } catch (AsfJsonException e) {
      throw problems(path, e);
    }
  }

  /**
   * Reads a bidders document whole: the bidders that can be read, with the problems of the others
   * added to {@code problems}. A document of which no bidder could be read because it is broken (not
   * JSON, not a bidders document) is refused as a whole.
   */
  static BiddersReport bidders(AsfJson json, Path path, List<Bidder> bidders, List<InputProblem> problems)
      throws InputFileException {
    BiddersReport report = json.readBiddersReport(new ByteArrayInputStream(read(path, AsfJson.MAX_DOCUMENT_BYTES)));
    List<InputProblem> found = new ArrayList<>();
    for (JsonProblem problem : report.getProblems()) {
      found.add(InputProblem.ofPointer(path.toString(), problem.getPointer(), problem::getMessage));
    }
    if (report.getBidders().isEmpty() && !report.isComplete()) {
      throw new InputFileException(found);
    }
    problems.addAll(found);
    for (BiddersReport.Bidder bidder : report.getBidders()) {
      bidders.add(Bidder.fromJson(bidder.enterprise(), bidder.index()));
    }
    return report;
  }

  private static InputFileException problems(Path path, AsfJsonException e) {
    List<InputProblem> problems = new ArrayList<>();
    for (JsonProblem problem : e.getProblems()) {
      problems.add(InputProblem.ofPointer(path.toString(), problem.getPointer(), problem::getMessage));
    }
    return new InputFileException(problems);
  }
}
