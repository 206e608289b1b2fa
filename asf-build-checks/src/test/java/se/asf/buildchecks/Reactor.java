package se.asf.buildchecks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The reactor as its POM files describe it: modules, packaging, and which are published. */
final class Reactor {
  private Reactor() {}

  /** The project root, set by the surefire configuration. */
  static Path root() {
    return Path.of(System.getProperty("asf.root", "..")).toAbsolutePath().normalize();
  }

  /** One module of the reactor. */
  record Module(Path dir, String artifactId, String version, String packaging, boolean published) {
    /** The main jar the module's build produces. */
    Path mainJar() {
      return dir.resolve("target").resolve(artifactId + "-" + version + ".jar");
    }
  }

  /** Every module listed in the root POM, in reactor order. */
  static List<Module> modules() {
    Document root = parse(root().resolve("pom.xml"));
    String version = text(root.getDocumentElement(), "version");
    List<Module> modules = new ArrayList<>();
    Element modulesElement = child(root.getDocumentElement(), "modules");
    for (Element m : children(modulesElement, "module")) {
      Path dir = root().resolve(m.getTextContent().trim());
      Element project = parse(dir.resolve("pom.xml")).getDocumentElement();
      String artifactId = text(project, "artifactId");
      String packaging = project.getElementsByTagName("packaging").getLength() == 0
          ? "jar" : text(project, "packaging");
      Element properties = child(project, "properties");
      boolean deploySkipped = properties != null && child(properties, "maven.deploy.skip") != null
          && "true".equals(text(properties, "maven.deploy.skip"));
      modules.add(new Module(dir, artifactId, version, packaging, !deploySkipped));
    }
    return modules;
  }

  /** The published modules with jar packaging. */
  static List<Module> publishedJars() {
    return modules().stream().filter(m -> m.published() && m.packaging().equals("jar")).toList();
  }

  static Document parse(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(Files.newInputStream(pom));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + pom, e);
    }
  }

  static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
        result.add(e);
      }
    }
    return result;
  }

  static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }
}
