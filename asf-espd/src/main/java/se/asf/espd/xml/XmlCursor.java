package se.asf.espd.xml;

import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import se.asf.espd.ReadException;
import se.asf.espd.ReadProblem;
import se.asf.espd.ReadProblemCode;

/**
 * A streaming cursor over the JDK's StAX parser, hardened: no DTD is processed (a document type
 * declaration is refused outright), external entities are off, the input is cut at a byte limit,
 * element depth and kept text lengths are limited. It tracks the XPath-like location of the current
 * element: prefixed names as the document writes them, with the position among consecutive
 * same-named siblings, {@code /QualificationApplicationResponse/cac:TenderingCriterion[3]/cbc:ID}.
 *
 * <p>Not API. One cursor reads one document on one thread.
 */
public final class XmlCursor implements AutoCloseable {
  private static final XMLInputFactory FACTORY = factory();

  private final XMLStreamReader reader;
  private final Limits limits;
  private String[] prefixes = new String[16];
  private String[] locals = new String[16];
  private String[] namespaces = new String[16];
  private int[] positions = new int[17];
  private String[] lastChild = new String[17];
  private String[] lastPrefix = new String[17];
  private int depth;

  private XmlCursor(XMLStreamReader reader, Limits limits) {
    this.reader = reader;
    this.limits = limits;
  }

  /**
   * The JDK's own StAX implementation ({@code newDefaultFactory}, not whatever a class path brings),
   * so the hardening below is known to apply.
   */
  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    // Second line of defence behind the refused DTD: the JDK's own processing limits.
    // (0 would mean "no limit" to the JDK.)
    factory.setProperty("jdk.xml.entityExpansionLimit", "64");
    factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "1024");
    factory.setProperty("jdk.xml.totalEntitySizeLimit", "4096");
    factory.setProperty("jdk.xml.maxElementDepth", "256");
    return factory;
  }

  /**
   * Opens a cursor on a stream; the stream is not closed by the cursor.
   *
   * @param in the bytes
   * @param limits the limits
   * @return the cursor, before the root element
   * @throws ReadException when the parser cannot start
   */
  public static XmlCursor open(InputStream in, Limits limits) throws ReadException {
    try {
      return new XmlCursor(FACTORY.createXMLStreamReader(new BoundedInputStream(in, limits.maxBytes())), limits);
    } catch (XMLStreamException e) {
      throw new ReadException(ReadProblem.of(ReadProblemCode.NOT_WELL_FORMED, "/", -1, -1, SafeMessages.of(e)), e);
    }
  }

  /**
   * Advances to the next start or end element, refusing a DTD and entity references.
   *
   * @return {@link XMLStreamConstants#START_ELEMENT}, {@link XMLStreamConstants#END_ELEMENT} or
   *     {@link XMLStreamConstants#END_DOCUMENT}
   * @throws ReadException when the document is refused
   */
  public int next() throws ReadException {
    try {
      while (true) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT:
            push();
            return event;
          case XMLStreamConstants.END_ELEMENT:
            depth--;
            return event;
          case XMLStreamConstants.END_DOCUMENT:
            return event;
          case XMLStreamConstants.DTD:
            throw problem(ReadProblemCode.DOCTYPE, "a document type declaration is never processed");
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw problem(ReadProblemCode.DOCTYPE, "entity reference &" + SafeMessages.name(reader.getLocalName()) + ";");
          default:
            break;
        }
      }
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  private void push() throws ReadException {
    if (depth >= limits.maxDepth()) {
      throw problem(ReadProblemCode.TOO_DEEP, "at most " + limits.maxDepth() + " levels");
    }
    if (depth == locals.length) {
      int size = locals.length * 2;
      prefixes = Arrays.copyOf(prefixes, size);
      locals = Arrays.copyOf(locals, size);
      namespaces = Arrays.copyOf(namespaces, size);
      positions = Arrays.copyOf(positions, size + 1);
      lastChild = Arrays.copyOf(lastChild, size + 1);
      lastPrefix = Arrays.copyOf(lastPrefix, size + 1);
    }
    String local = reader.getLocalName();
    String prefix = reader.getPrefix();
    // Position among consecutive same-named siblings, which is how UBL repeats an element.
    boolean same = local.equals(lastChild[depth]) && java.util.Objects.equals(prefix, lastPrefix[depth]);
    positions[depth] = same ? positions[depth] + 1 : 1;
    lastChild[depth] = local;
    lastPrefix[depth] = prefix;
    prefixes[depth] = prefix;
    locals[depth] = local;
    namespaces[depth] = reader.getNamespaceURI();
    depth++;
    lastChild[depth] = null;
    lastPrefix[depth] = null;
  }

  /**
   * Returns the depth of the current element, the root being 1.
   *
   * @return the depth
   */
  public int depth() {
    return depth;
  }

  /**
   * Returns the local name of the element at a depth on the current path.
   *
   * @param level 1 for the root
   * @return the local name
   */
  public String local(int level) {
    return locals[level - 1];
  }

  /**
   * Returns the namespace of the element at a depth on the current path.
   *
   * @param level 1 for the root
   * @return the namespace URI, or null
   */
  public String namespace(int level) {
    return namespaces[level - 1];
  }

  /**
   * Tells whether the current element has this namespace and local name.
   *
   * @param namespace the namespace URI
   * @param local the local name
   * @return {@code true} when it matches
   */
  public boolean is(String namespace, String local) {
    return local.equals(locals[depth - 1]) && namespace.equals(namespaces[depth - 1]);
  }

  /**
   * Returns an attribute of the current start element.
   *
   * @param name the attribute's local name, in no namespace
   * @return the value, or null
   */
  public String attribute(String name) {
    return reader.getAttributeValue(null, name);
  }

  /**
   * Reads the text of the current element, which must have no child elements, and moves to its end.
   *
   * @return the text, trimmed
   * @throws ReadException when it is longer than the limit, or has child elements
   */
  public String text() throws ReadException {
    int level = depth;
    StringBuilder text = null;
    try {
      while (true) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            int length = reader.getTextLength();
            if ((text == null ? 0 : text.length()) + length > limits.maxTextLength()) {
              throw new ReadException(ReadProblem.of(ReadProblemCode.TEXT_TOO_LONG, path(level), line(), column(),
                  "at most " + limits.maxTextLength() + " characters"), null);
            }
            if (text == null) {
              text = new StringBuilder(Math.max(16, length));
            }
            text.append(reader.getTextCharacters(), reader.getTextStart(), length);
          }
          case XMLStreamConstants.END_ELEMENT -> {
            depth--;
            return text == null ? "" : text.toString().strip();
          }
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw problem(ReadProblemCode.DOCTYPE, "entity reference &" + SafeMessages.name(reader.getLocalName()) + ";");
          case XMLStreamConstants.START_ELEMENT ->
              throw new ReadException(ReadProblem.of(ReadProblemCode.NOT_WELL_FORMED, path(level), line(), column(),
                  "text expected, found an element"), null);
          default -> {
            // Comments and processing instructions carry no value.
          }
        }
      }
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  /**
   * Skips the current element and everything in it, moving to its end.
   *
   * @throws ReadException when the document is refused while skipping
   */
  public void skip() throws ReadException {
    int target = depth - 1;
    while (depth > target) {
      if (next() == XMLStreamConstants.END_DOCUMENT) {
        return;
      }
    }
  }

  /**
   * Returns the XPath-like location of the current element.
   *
   * @return for example {@code /QualificationApplicationResponse/cac:TenderingCriterion[3]}
   */
  public String path() {
    return path(depth);
  }

  /**
   * Returns the XPath-like location of the element at a depth on the current path.
   *
   * @param level 1 for the root
   * @return the location; {@code /} for level 0
   */
  public String path(int level) {
    if (level <= 0) {
      return "/";
    }
    StringBuilder path = new StringBuilder(64);
    for (int i = 0; i < level; i++) {
      path.append('/');
      if (prefixes[i] != null && !prefixes[i].isEmpty()) {
        path.append(prefixes[i]).append(':');
      }
      path.append(locals[i]);
      if (positions[i] > 1) {
        path.append('[').append(positions[i]).append(']');
      }
    }
    return path.toString();
  }

  /**
   * Returns the current line.
   *
   * @return the line, or -1
   */
  public int line() {
    Location location = reader.getLocation();
    return location == null ? -1 : location.getLineNumber();
  }

  /**
   * Returns the current column.
   *
   * @return the column, or -1
   */
  public int column() {
    Location location = reader.getLocation();
    return location == null ? -1 : location.getColumnNumber();
  }

  /**
   * Creates the exception for a problem at the current element.
   *
   * @param code the code
   * @param detail the detail, safe to show
   * @return the exception, to throw
   */
  public ReadException problem(ReadProblemCode code, String detail) {
    return new ReadException(ReadProblem.of(code, path(), line(), column(), detail), null);
  }

  private ReadException translate(XMLStreamException e) {
    Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    if (cause instanceof BoundedInputStream.LimitExceededException) {
      return new ReadException(ReadProblem.of(ReadProblemCode.TOO_LARGE, path(), line(), column(),
          "at most " + limits.maxBytes() + " bytes"), e);
    }
    if (cause instanceof java.io.IOException) {
      return new ReadException(ReadProblem.of(ReadProblemCode.IO, path(), line(), column(), SafeMessages.of(e)), e);
    }
    String message = String.valueOf(e.getMessage());
    ReadProblemCode code = message.contains("DOCTYPE") || message.contains("referenced, but not declared")
        || message.contains("EntityExpansion") ? ReadProblemCode.DOCTYPE : ReadProblemCode.NOT_WELL_FORMED;
    if (message.contains("maxElementDepth")) {
      code = ReadProblemCode.TOO_DEEP;
    }
    return new ReadException(ReadProblem.of(code, path(), line(), column(), SafeMessages.of(e)), e);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // Nothing is left to release: the underlying stream belongs to the caller.
    }
  }
}
