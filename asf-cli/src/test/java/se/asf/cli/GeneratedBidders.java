package se.asf.cli;

import java.util.ArrayList;
import java.util.List;

/** Generates valid bidders CSV files of any size, for tests that need many bidders. */
final class GeneratedBidders {
  private GeneratedBidders() {}

  /** A header and {@code count} rows, one bidder each: ekonomiska föreningar around Tumba. */
  static List<String> csv(int count) {
    List<String> lines = new ArrayList<>(count + 1);
    lines.add("organisationsnummer;namn;juridisk_form;arbetsplats;latitud;longitud;period_fran;sysselsatta;"
        + "sysselsatta_malgrupp;syfte_kalla;integrationssyfte;vinstutdelning");
    for (int i = 0; i < count; i++) {
      lines.add(organisationsnummer(i) + ";Förening " + i + " ekonomisk förening;ekonomisk-forening;Lokalen;59,"
          + (1800 + i % 400) + ";17," + (8000 + i % 300) + ";2017-12-01;" + (10 + i % 20) + ";" + (i % 15)
          + ";statutes;ja;mainly-reinvested");
    }
    return lines;
  }

  /** The {@code i}th organisation number of group 7 (ekonomiska föreningar), with its check digit. */
  static String organisationsnummer(int i) {
    String nine = "7696" + String.format("%05d", i);
    int sum = 0;
    for (int k = 0; k < 9; k++) {
      int product = (nine.charAt(k) - '0') * (k % 2 == 0 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    int check = (10 - sum % 10) % 10;
    return nine.substring(0, 6) + "-" + nine.substring(6) + check;
  }
}
