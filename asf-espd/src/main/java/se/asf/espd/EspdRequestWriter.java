package se.asf.espd;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the ESPD request's criterion "Economic operator is a sheltered workshop" in the ESPD-EDM
 * 4.x form: a UBL 2.3 {@code cac:TenderingCriterion} with ID {@value #CRITERION_ID}, type code
 * {@value EspdReader#TYPE_CODE_V4}, and the questions a bidder answers:
 *
 * <table>
 *   <caption>The questions</caption>
 *   <tr><th>property ID</th><th>group</th><th>{@code cbc:ValueDataTypeCode}</th></tr>
 *   <tr><td>{@code C57_OT_shelt-worksh/QG1/Q1}</td><td>{@code ON*}, always</td><td>{@code INDICATOR}</td></tr>
 *   <tr><td>{@code C57_OT_shelt-worksh/QG1/QSG1/Q1}</td><td>{@code ONTRUE}, when yes</td><td>{@code PERCENTAGE}</td></tr>
 *   <tr><td>{@code C57_OT_shelt-worksh/QG1/QSG1/Q2}</td><td>{@code ONTRUE}, when yes</td><td>{@code DESCRIPTION}</td></tr>
 * </table>
 *
 * <p>The wording is this library's, in English; a service translates it as it does the rest of the
 * request. {@link EspdReader} finds the answers to these questions by their structure.
 */
public final class EspdRequestWriter {
  /** The criterion's ID in ESPD-EDM 4.x. */
  public static final String CRITERION_ID = "C57_OT_shelt-worksh";
  private static final String CAC = EspdReader.CAC;
  private static final String CBC = EspdReader.CBC;
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private EspdRequestWriter() {}

  /**
   * Writes the {@code cac:TenderingCriterion} element into a writer positioned among a
   * {@code QualificationApplicationRequest}'s criteria; the {@code cac} and {@code cbc} prefixes
   * must be bound.
   *
   * @param writer the writer
   * @throws XMLStreamException when the writer fails
   */
  public static void writeShelteredWorkshopCriterion(XMLStreamWriter writer) throws XMLStreamException {
    write(writer, false);
  }

  private static void write(XMLStreamWriter writer, boolean declareNamespaces) throws XMLStreamException {
    writer.writeStartElement("cac", "TenderingCriterion", CAC);
    if (declareNamespaces) {
      writer.writeNamespace("cac", CAC);
      writer.writeNamespace("cbc", CBC);
    }
    text(writer, "ID", CRITERION_ID, "schemeID", "criterion");
    text(writer, "CriterionTypeCode", EspdReader.TYPE_CODE_V4, "listID", "criterion");
    text(writer, "Name", "Sheltered workshop, social business or sheltered employment programme");
    text(writer, "Description", "This contract is reserved under Article 20 of Directive 2014/24/EU"
        + " (LOU 4 kap. 18 §). Is the economic operator a sheltered workshop or an economic operator whose main"
        + " aim is the social and professional integration of disabled or disadvantaged persons, or will it"
        + " perform the contract in a sheltered employment programme?");
    writer.writeStartElement("cac", "TenderingCriterionPropertyGroup", CAC);
    text(writer, "ID", CRITERION_ID + "/QG1", "schemeID", "criterion");
    text(writer, "PropertyGroupTypeCode", "ON*", "listID", "property-group-type");
    question(writer, CRITERION_ID + "/QG1/Q1", "Your answer", "INDICATOR");
    writer.writeStartElement("cac", "SubsidiaryTenderingCriterionPropertyGroup", CAC);
    text(writer, "ID", CRITERION_ID + "/QG1/QSG1", "schemeID", "criterion");
    text(writer, "PropertyGroupTypeCode", "ONTRUE", "listID", "property-group-type");
    question(writer, CRITERION_ID + "/QG1/QSG1/Q1",
        "What is the percentage of disabled or disadvantaged workers among those it occupies?", "PERCENTAGE");
    question(writer, CRITERION_ID + "/QG1/QSG1/Q2",
        "If required, which categories of disabled or disadvantaged workers do they belong to?", "DESCRIPTION");
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
  }

  /**
   * Returns the criterion as a standalone {@code cac:TenderingCriterion} element with its namespaces
   * declared.
   *
   * @return the XML fragment
   */
  public static String shelteredWorkshopCriterion() {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out);
      writer.setPrefix("cac", CAC);
      writer.setPrefix("cbc", CBC);
      write(writer, true);
      writer.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  private static void question(XMLStreamWriter writer, String id, String description, String dataType)
      throws XMLStreamException {
    writer.writeStartElement("cac", "TenderingCriterionProperty", CAC);
    text(writer, "ID", id, "schemeID", "criterion");
    text(writer, "Description", description);
    text(writer, "TypeCode", "QUESTION", "listID", "criterion-element-type");
    text(writer, "ValueDataTypeCode", dataType, "listID", "response-data-type");
    writer.writeEndElement();
  }

  private static void text(XMLStreamWriter writer, String name, String text, String... attributes)
      throws XMLStreamException {
    writer.writeStartElement("cbc", name, CBC);
    for (int i = 0; i < attributes.length; i += 2) {
      writer.writeAttribute(attributes[i], attributes[i + 1]);
    }
    writer.writeCharacters(text);
    writer.writeEndElement();
  }
}
