package se.asf.json.wire;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the serializers and deserializers of one module instance are configured with.
 *
 * @param clock the clock giving the reference date a personnummer is validated against
 * @param writeFullPersonnummer whether a personnummer is written in full instead of masked
 * @param messageLanguages the languages a finding's message is written in, at least one
 */
public record WireSettings(Clock clock, boolean writeFullPersonnummer, List<Locale> messageLanguages) {

  /**
   * Checks the arguments.
   *
   * @param clock the clock
   * @param writeFullPersonnummer whether to write personnummer in full
   * @param messageLanguages the message languages
   */
  public WireSettings {
    Objects.requireNonNull(clock, "clock");
    messageLanguages = List.copyOf(messageLanguages);
    if (messageLanguages.isEmpty()) {
      throw new IllegalArgumentException("at least one message language");
    }
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
