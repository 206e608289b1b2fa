package se.asf.cli;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the bidders CSV, each with an English and a Swedish header. The README's table of
 * columns is the user's documentation of this enum.
 */
enum CsvColumn {
  IDENTITY("identity", "organisationsnummer", true, true),
  NAME("name", "namn", true, true),
  LEGAL_FORM("legal_form", "juridisk_form", true, true),
  UNIT("unit", "enhet", true, false),
  SITE("site", "arbetsplats", false, false),
  LATITUDE("latitude", "latitud", false, false),
  LONGITUDE("longitude", "longitud", false, false),
  NORTHING("northing", "nordkoordinat", false, false),
  EASTING("easting", "ostkoordinat", false, false),
  ADDRESS("address", "adress", false, false),
  PERIOD_START("period_start", "period_fran", true, false),
  PERIOD_END("period_end", "period_till", true, false),
  OCCUPIED("occupied", "sysselsatta", true, false),
  OCCUPIED_TARGET_GROUPS("occupied_target_groups", "sysselsatta_malgrupp", true, false),
  OCCUPIED_FTE("occupied_fte", "sysselsatta_heltid", true, false),
  OCCUPIED_TARGET_GROUPS_FTE("occupied_target_groups_fte", "sysselsatta_malgrupp_heltid", true, false),
  PURPOSE_SOURCE("purpose_source", "syfte_kalla", true, false),
  INTEGRATION_PURPOSE("integration_purpose", "integrationssyfte", true, false),
  PURPOSE_DOCUMENT("purpose_document", "syfte_dokument", true, false),
  PARTICIPATION("participation", "delaktighet", true, false),
  DISTRIBUTION_RULE("distribution_rule", "vinstutdelning", true, false),
  FISCAL_YEAR("fiscal_year", "rakenskapsar", true, false),
  REINVESTED("reinvested", "aterinvesterat", true, false),
  DISTRIBUTED("distributed", "utdelat", true, false),
  SELF_DECLARED_INDICATOR("self_declared_indicator", "egen_forsakran_svar", true, false),
  SELF_DECLARED_PERCENTAGE("self_declared_percentage", "egen_forsakran_procent", true, false),
  SELF_DECLARED_CATEGORIES("self_declared_categories", "egen_forsakran_kategorier", true, false),
  SELF_DECLARED_DOCUMENT_ID("self_declared_document_id", "egen_forsakran_dokument", true, false),
  SELF_DECLARED_STANDARD_VERSION("self_declared_standard_version", "egen_forsakran_version", true, false);

  private static final Map<String, CsvColumn> BY_HEADER = new HashMap<>();

  static {
    for (CsvColumn column : values()) {
      BY_HEADER.put(column.english, column);
      BY_HEADER.put(column.swedish, column);
    }
  }

  private final String english;
  private final String swedish;
  private final boolean bidderLevel;
  private final boolean required;

  CsvColumn(String english, String swedish, boolean bidderLevel, boolean required) {
    this.english = english;
    this.swedish = swedish;
    this.bidderLevel = bidderLevel;
    this.required = required;
  }

  /** The header in the given language. */
  String header(Locale locale) {
    return "en".equals(locale.getLanguage()) ? english : swedish;
  }

  /** Whether the value belongs to the bidder (repeated on each of its rows) rather than to one site. */
  boolean isBidderLevel() {
    return bidderLevel;
  }

  /** Whether the header must have this column. */
  boolean isRequired() {
    return required;
  }

  /**
   * Finds the column a header names: case, surrounding spaces, spaces or hyphens for underscores, and
   * the Swedish letters å, ä and ö (read as a, a, o) do not matter.
   */
  static Optional<CsvColumn> forHeader(String header) {
    return Optional.ofNullable(BY_HEADER.get(normalise(header)));
  }

  static String normalise(String header) {
    String lower = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "");
  }
}
