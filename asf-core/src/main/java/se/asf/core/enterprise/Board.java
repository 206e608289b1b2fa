package se.asf.core.enterprise;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.style.AsfStyle;

/**
 * The board (styrelse) of an enterprise, as far as control is concerned: how many seats it has and
 * how many of them public bodies appoint.
 */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract class Board {

  Board() {}

  /**
   * Creates a board.
   *
   * @param seats the number of seats, at least one
   * @param seatsAppointedByPublicBodies how many seats public bodies appoint, at most {@code seats}
   * @return the board
   */
  public static Board of(int seats, int seatsAppointedByPublicBodies) {
    return ImmutableBoard.of(seats, seatsAppointedByPublicBodies);
  }

  /**
   * Returns the number of seats.
   *
   * @return at least one
   */
  @Value.Parameter
  @Positive
  public abstract int getSeats();

  /**
   * Returns how many seats public bodies appoint.
   *
   * @return in [0, seats]
   */
  @Value.Parameter
  @PositiveOrZero
  public abstract int getSeatsAppointedByPublicBodies();

  @Value.Check
  void check() {
    if (getSeats() < 1) {
      throw new InvariantViolationException(Invariant.BOARD_WITHOUT_SEATS, "seats");
    }
    if (getSeatsAppointedByPublicBodies() < 0) {
      throw new InvariantViolationException(
          Invariant.NEGATIVE_COUNT, "seatsAppointedByPublicBodies", getSeatsAppointedByPublicBodies());
    }
    if (getSeatsAppointedByPublicBodies() > getSeats()) {
      throw new InvariantViolationException(Invariant.BOARD_SEATS_EXCEED_BOARD,
          "seatsAppointedByPublicBodies", getSeatsAppointedByPublicBodies(), getSeats());
    }
  }

  /**
   * Tells whether public bodies appoint a majority of the board, which is control.
   *
   * @return {@code true} when more than half the seats are publicly appointed
   */
  public boolean isPubliclyControlled() {
    return 2L * getSeatsAppointedByPublicBodies() > getSeats();
  }
}
