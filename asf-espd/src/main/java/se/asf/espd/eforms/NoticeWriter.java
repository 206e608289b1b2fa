package se.asf.espd.eforms;

import java.io.StringWriter;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.procurement.ReservedProcurement;

/**
 * Writes a reserved procurement's eForms elements for a lot: BT-71 "Reserved Participation" and
 * BT-736 "Reserved Execution", in the {@code cac:TenderingTerms} of a
 * {@code cac:ProcurementProjectLot} (eForms SDK 1.13).
 *
 * <table>
 *   <caption>Legal basis to eForms codes</caption>
 *   <tr><th>legal basis</th><th>BT-71 ({@code reserved-procurement})</th><th>BT-736
 *       ({@code reserved-execution})</th></tr>
 *   <tr><td>LOU 4 kap. 18 § reserved participation</td><td>{@code res-ws}</td><td>{@code no}</td></tr>
 *   <tr><td>LOU 4 kap. 18 § sheltered employment programme</td><td>{@code none}</td><td>{@code yes}</td></tr>
 *   <tr><td>LOU 19 kap. 6 a §</td><td>{@code none}</td><td>{@code no}</td></tr>
 * </table>
 *
 * <p>{@link LegalBasis#OTHER} has no code this library can choose, and is refused.
 */
public final class NoticeWriter {
  /** The namespace of the UBL common aggregate components ({@code cac}). */
  public static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
  /** The namespace of the UBL common basic components ({@code cbc}). */
  public static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private NoticeWriter() {}

  /**
   * Returns the BT-71 code for a legal basis.
   *
   * @param basis the basis
   * @return {@code res-ws} or {@code none}
   * @throws IllegalArgumentException for {@link LegalBasis#OTHER}
   */
  public static String reservedParticipationCode(LegalBasis basis) {
    return basis.getEformsReservedParticipationCode()
        .orElseThrow(() -> new IllegalArgumentException("no eForms reservation code for " + basis));
  }

  /**
   * Returns the BT-736 code for a legal basis.
   *
   * @param basis the basis
   * @return {@code yes} for a sheltered employment programme, otherwise {@code no}
   * @throws IllegalArgumentException for {@link LegalBasis#OTHER}
   */
  public static String reservedExecutionCode(LegalBasis basis) {
    reservedParticipationCode(basis);
    return basis == LegalBasis.LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME ? "yes" : "no";
  }

  /**
   * Writes the two elements, {@code cac:TendererQualificationRequest} (BT-71) and
   * {@code cac:ContractExecutionRequirement} (BT-736), into a writer positioned inside a lot's
   * {@code cac:TenderingTerms}, after any earlier siblings the schema puts before them. The
   * {@code cac} and {@code cbc} prefixes must be bound.
   *
   * @param procurement the procurement
   * @param writer the writer
   * @throws XMLStreamException when the writer fails
   */
  public static void writeElements(ReservedProcurement procurement, XMLStreamWriter writer) throws XMLStreamException {
    LegalBasis basis = Objects.requireNonNull(procurement, "procurement").getLegalBasis();
    String participation = reservedParticipationCode(basis);
    writer.writeStartElement("cac", "TendererQualificationRequest", CAC);
    writer.writeStartElement("cac", "SpecificTendererRequirement", CAC);
    writer.writeStartElement("cbc", "TendererRequirementTypeCode", CBC);
    writer.writeAttribute("listName", "reserved-procurement");
    writer.writeCharacters(participation);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeStartElement("cac", "ContractExecutionRequirement", CAC);
    writer.writeStartElement("cbc", "ExecutionRequirementCode", CBC);
    writer.writeAttribute("listName", "reserved-execution");
    writer.writeCharacters(reservedExecutionCode(basis));
    writer.writeEndElement();
    writer.writeEndElement();
  }

  /**
   * Returns a standalone {@code cac:TenderingTerms} element holding the BT-71 and BT-736 elements,
   * with its namespaces declared, to paste into a lot.
   *
   * @param procurement the procurement
   * @return the XML fragment
   * @throws IllegalArgumentException for {@link LegalBasis#OTHER}
   */
  public static String tenderingTerms(ReservedProcurement procurement) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out);
      writer.setPrefix("cac", CAC);
      writer.setPrefix("cbc", CBC);
      writer.writeStartElement("cac", "TenderingTerms", CAC);
      writer.writeNamespace("cac", CAC);
      writer.writeNamespace("cbc", CBC);
      writeElements(procurement, writer);
      writer.writeEndElement();
      writer.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    return out.toString();
  }
}
