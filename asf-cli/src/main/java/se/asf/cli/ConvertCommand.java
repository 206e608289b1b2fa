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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.asf.core.geo.Position;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.geo.Wgs84Position;

/** {@code asf convert --to sweref99tm LAT LON} and {@code --to wgs84 NORTHING EASTING}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert a position between WGS 84 and SWEREF 99 TM (EPSG:3006).",
        "--to sweref99tm LAT LON prints NORTHING EASTING in metres, to the millimetre;",
        "--to wgs84 NORTHING EASTING prints LAT LON in degrees with 9 decimals.",
        "With no positional arguments, reads one pair per line from standard input."})
final class ConvertCommand implements Callable<Integer> {
  enum Target {
    sweref99tm, wgs84
  }

  @ParentCommand
  AsfCli parent;

  @Option(names = "--to", required = true, paramLabel = "sweref99tm|wgs84", description = "The target system.")
  Target target;

  @Parameters(arity = "0..2", paramLabel = "VALUE", descriptionKey = "convert.values", description = "LAT LON, or NORTHING EASTING.")
  List<String> values;

  @Spec
  CommandSpec spec;

  private final InputStream stdin;

  ConvertCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  private String convert(double[] v) {
    if (target == Target.sweref99tm) {
      Sweref99TmPosition grid = Position.ofWgs84(v[0], v[1]).toSweref99Tm();
      return fixed(grid.getNorthing(), 3) + " " + fixed(grid.getEasting(), 3);
    }
    Wgs84Position geo = Position.ofSweref99Tm(v[0], v[1]).toWgs84();
    return fixed(geo.getLatitude(), 9) + " " + fixed(geo.getLongitude(), 9);
  }

  private static String fixed(double value, int decimals) {
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  @Override
  public Integer call() throws IOException {
    return PointLines.run(values, 2, "convert.arity", this::convert, stdin, spec, parent.language);
  }
}
