package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;

class BoardTest {

  @Test
  void rejectsABoardWithoutSeats() {
    assertViolates(Invariant.BOARD_WITHOUT_SEATS, "seats", () -> Board.of(0, 0));
    assertViolates(Invariant.BOARD_WITHOUT_SEATS, "seats", () -> Board.of(-1, 0));
  }

  @Test
  void acceptsOneSeat() {
    assertEquals(1, Board.of(1, 0).getSeats());
  }

  @Test
  void rejectsMorePublicSeatsThanSeats() {
    InvariantViolationException e = assertViolates(
        Invariant.BOARD_SEATS_EXCEED_BOARD, "seatsAppointedByPublicBodies", () -> Board.of(5, 6));

    assertEquals(List.of("6", "5"), e.getArguments());
  }

  @Test
  void acceptsEverySeatPublic() {
    assertEquals(5, Board.of(5, 5).getSeatsAppointedByPublicBodies());
  }

  @Test
  void rejectsNegativePublicSeats() {
    assertViolates(Invariant.NEGATIVE_COUNT, "seatsAppointedByPublicBodies", () -> Board.of(5, -1));
  }

  @ParameterizedTest(name = "{1} of {0} public: {2}")
  @CsvSource({
      "5, 3, true",
      "4, 2, false", // exactly half is not a majority
      "4, 3, true",
      "1, 0, false",
      "1, 1, true",
      "7, 0, false",
      "2147483647, 1073741824, true",
      "2147483647, 1073741823, false"})
  void isPubliclyControlledOnlyByAMajority(int seats, int publicSeats, boolean controlled) {
    assertEquals(controlled, Board.of(seats, publicSeats).isPubliclyControlled());
  }

  @Test
  void isEqualBySeats() {
    assertEquals(Board.of(5, 2), Board.of(5, 2));
    assertFalse(Board.of(5, 2).equals(Board.of(5, 3)));
    assertEquals(Board.of(5, 2).hashCode(), Board.of(5, 2).hashCode());
  }
}
