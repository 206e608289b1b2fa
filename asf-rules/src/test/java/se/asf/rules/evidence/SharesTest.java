package se.asf.rules.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SharesTest {

  private static String percentOf(String part, String whole) {
    return Shares.percentOf(new BigDecimal(part), new BigDecimal(whole)).toPlainString() + " %";
  }

  @Test
  void percentOfShowsTwoDecimalsRoundedDown() {
    assertEquals("33.33 %", percentOf("1", "3"));
    assertEquals("66.66 %", percentOf("2", "3"));
    assertEquals("30.00 %", percentOf("6", "20"));
    assertEquals("100.00 %", percentOf("7", "7"));
    assertEquals("0.00 %", percentOf("0", "7"));
    assertEquals("9.67 %", percentOf("0.75", "7.75"));
    assertEquals("0.00 %", percentOf("1", "20000"));  // 0.005 % rounds down
    assertEquals("0.00 %", percentOf("1", "20001"));
    assertEquals("29.99 %", percentOf("29999", "100000"));  // never appears to reach 30 %
  }

  @Test
  void ratioShowsTwoDecimalsRoundedUp() {
    assertEquals(new BigDecimal("2.50"), Shares.ratio(new BigDecimal("50000"), new BigDecimal("20000")));
    assertEquals(new BigDecimal("2.51"), Shares.ratio(new BigDecimal("50002"), new BigDecimal("20000")));  // never appears within 2.5
    assertEquals(new BigDecimal("2.01"), Shares.ratio(new BigDecimal("401"), new BigDecimal("200")));
    assertEquals(new BigDecimal("1.00"), Shares.ratio(new BigDecimal("25000.00"), new BigDecimal("25000")));
    assertEquals(new BigDecimal("3.34"), Shares.ratio(new BigDecimal("10"), new BigDecimal("3")));
  }
}
