package se.asf.rules;

/** The legal and policy sources the library's rules cite in their findings. */
public final class Sources {
  /** Tillväxtverket's definition of a work-integration social enterprise (seed 003, chapter 2). */
  public static final String TILLVAXTVERKET = "Tillväxtverkets definition av arbetsintegrerande sociala företag";
  /** Skoopi's stricter criteria for its members. */
  public static final String SKOOPI = "Skoopis kriterier för arbetsintegrerande sociala företag";
  /** The reserved-contract provision, Directive 2014/24/EU art. 20. */
  public static final String LOU_4_18 = "LOU 4 kap. 18 §";
  /** The Supreme Administrative Court: the bidding legal entity as a whole must qualify. */
  public static final String HFD_2021_48 = "HFD 2021:48";
  /** The reservation for idéburna organisations. */
  public static final String LOU_19_6A = "LOU 19 kap. 6 a §";
  /** A procurement's own qualification requirements (its procurement documents). */
  public static final String PROCUREMENT_DOCUMENTS = "Upphandlingsdokumentens kvalificeringskrav";

  private Sources() {}
}
