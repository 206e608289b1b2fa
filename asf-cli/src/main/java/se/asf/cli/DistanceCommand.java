package se.asf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.asf.core.geo.Position;
import se.asf.rules.geodesy.Geodesics;

/** {@code asf distance LAT1 LON1 LAT2 LON2}: the WGS 84 geodesic distance in metres. */
@Command(name = "distance", mixinStandardHelpOptions = true,
    description = {"The WGS 84 geodesic (ellipsoidal) distance in metres, to the millimetre.",
        "With no arguments, reads LAT1 LON1 LAT2 LON2 per line from standard input",
        "(separated by spaces, ';' or ','; '.' as decimal point) and writes one distance per line."})
final class DistanceCommand implements Callable<Integer> {
  @ParentCommand
  AsfCli parent;

  @Parameters(arity = "0..4", paramLabel = "COORDINATE", descriptionKey = "distance.coordinates", description = "LAT1 LON1 LAT2 LON2 in decimal degrees.")
  List<String> coordinates;

  @Spec
  CommandSpec spec;

  private final InputStream stdin;

  DistanceCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  static String distance(double[] v) {
    double metres = Geodesics.distanceMetres(Position.ofWgs84(v[0], v[1]), Position.ofWgs84(v[2], v[3]));
    return new BigDecimal(metres).setScale(3, RoundingMode.HALF_UP).toPlainString();
  }

  @Override
  public Integer call() throws IOException {
    return PointLines.run(coordinates, 4, "distance.arity", DistanceCommand::distance, stdin, spec, parent.language);
  }
}
