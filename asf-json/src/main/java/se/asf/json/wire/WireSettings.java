package se.asf.json.wire;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the serializers and deserializers of one module instance are configured with.
 *
 * @param clock the clock giving the reference date a personnummer is validated against
 * @param writeFullPersonnummer whether a personnummer is written in full instead of masked
 */
public record WireSettings(Clock clock, boolean writeFullPersonnummer) {

  /**
   * Checks the arguments.
   *
   * @param clock the clock
   * @param writeFullPersonnummer whether to write personnummer in full
   */
  public WireSettings {
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns today's date on the clock, in the clock's zone.
   *
   * @return the reference date
   */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
