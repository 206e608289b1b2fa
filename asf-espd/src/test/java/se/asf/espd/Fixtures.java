package se.asf.espd;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The test fixtures and the official schemas, read from the test class path. */
public final class Fixtures {
  /** The fixture files, each written for these tests. */
  public static final String SWEDEN_VAT_2_1_1 = "espd-response-2.1.1-sweden-vat.xml";
  /** A Finnish bidder, ESPD-EDM 3.1.0. */
  public static final String FINLAND_3_1_0 = "espd-response-3.1.0-finland.xml";
  /** A Danish bidder, ESPD-EDM 4.1.0. */
  public static final String DENMARK_4_1_0 = "espd-response-4.1.0-denmark.xml";
  /** A "no" answer, ESPD-EDM 3.0.0. */
  public static final String ANSWER_NO_3_0_0 = "espd-response-3.0.0-answer-no.xml";
  /** A "yes" without percentage, ESPD-EDM 4.0.0. */
  public static final String WITHOUT_PERCENTAGE_4_0_0 = "espd-response-4.0.0-without-percentage.xml";

  private Fixtures() {}

  /**
   * Returns a fixture's text.
   *
   * @param name the file name
   * @return the XML
   */
  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a class-path resource's text.
   *
   * @param resource the resource name
   * @return the text
   */
  public static String resource(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns bytes as a stream.
   *
   * @param xml the XML
   * @return the stream
   */
  public static InputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Loads an official XSD from the test class path (ph-ubl23 or eforms-sdk), with its includes.
   *
   * @param resource for example {@code external/schemas/ubl23/maindoc/UBL-QualificationApplicationResponse-2.3.xsd}
   * @return the schema
   */
  public static Schema schema(String resource) {
    URL url = Fixtures.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalStateException("not on the test class path: " + resource);
    }
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
      factory.setResourceResolver(Fixtures::resolve);
      return factory.newSchema(new StreamSource(url.openStream(), url.toExternalForm()));
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("cannot load " + resource, e);
    }
  }

  /** Imports without a location, as UBL writes them: the official CCTS module from the eForms SDK, stand-ins for signatures. */
  private static LSInput resolve(String type, String namespace, String publicId, String systemId, String baseUri) {
    String resource = switch (String.valueOf(namespace)) {
      case "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2" ->
          "eforms-sdk/schemas/common/BDNDR-CCTS_CCT_SchemaModule-1.1.xsd";
      case "http://www.w3.org/2000/09/xmldsig#" -> "se/asf/espd/xsd-stubs/xmldsig-stub.xsd";
      case "http://uri.etsi.org/01903/v1.3.2#" -> "se/asf/espd/xsd-stubs/xades132-stub.xsd";
      case "http://uri.etsi.org/01903/v1.4.1#" -> "se/asf/espd/xsd-stubs/xades141-stub.xsd";
      default -> null;
    };
    if (resource == null || (systemId != null && !systemId.isEmpty())) {
      return null;
    }
    URL url = Fixtures.class.getClassLoader().getResource(resource);
    try {
      DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
          .getDOMImplementation();
      LSInput input = ls.createLSInput();
      input.setByteStream(url.openStream());
      input.setSystemId(url.toExternalForm());
      return input;
    } catch (IOException | javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Validates XML against a schema.
   *
   * @param schema the schema
   * @param xml the document
   * @throws SAXException when it is invalid
   * @throws IOException never for a string
   */
  public static void validate(Schema schema, String xml) throws SAXException, IOException {
    var validator = schema.newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.validate(new StreamSource(stream(xml)));
  }
}
