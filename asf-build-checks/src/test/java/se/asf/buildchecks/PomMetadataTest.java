package se.asf.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The POMs are ready for Maven Central: every published module has a name, a description and (its
 * own or the parent's) url, licences, scm, developers and issue management; the BOM lists exactly
 * the published artifacts, read from the reactor rather than from a list kept here.
 */
class PomMetadataTest {
  private static final List<String> INHERITABLE =
      List.of("url", "licenses", "scm", "developers", "issueManagement");

  private static Element pom(Reactor.Module m) {
    return Reactor.parse(m.dir().resolve("pom.xml")).getDocumentElement();
  }

  private static Element parentPom() {
    return Reactor.parse(Reactor.root().resolve("pom.xml")).getDocumentElement();
  }

  @Test
  void everyPublishedModuleHasCompleteMetadata() {
    List<String> problems = new ArrayList<>();
    Element parent = parentPom();
    for (String element : INHERITABLE) {
      if (Reactor.child(parent, element) == null) {
        problems.add("parent: no " + element);
      }
    }
    for (Reactor.Module m : Reactor.modules()) {
      if (!m.published()) {
        continue;
      }
      Element pom = pom(m);
      boolean inherits = Reactor.child(pom, "parent") != null;
      for (String element : List.of("name", "description")) {
        String text = Reactor.text(pom, element);
        if (text == null || text.isBlank()) {
          problems.add(m.artifactId() + ": no " + element);
        }
      }
      for (String element : INHERITABLE) {
        if (Reactor.child(pom, element) == null && !inherits) {
          problems.add(m.artifactId() + ": no " + element + " and no parent to inherit it from");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theParentDoesNotAppendModulePathsToItsUrls() {
    Element parent = parentPom();
    assertEquals("false", parent.getAttribute("child.project.url.inherit.append.path"));
    Element scm = Reactor.child(parent, "scm");
    for (String a : List.of("connection", "developerConnection", "url")) {
      assertEquals("false", scm.getAttribute("child.scm." + a + ".inherit.append.path"), a);
    }
  }

  @Test
  void theBomListsExactlyThePublishedArtifacts() {
    Reactor.Module bom = Reactor.modules().stream().filter(m -> m.packaging().equals("pom")
        && m.artifactId().endsWith("-bom")).findFirst().orElseThrow();
    Element managed = Reactor.child(Reactor.child(pom(bom), "dependencyManagement"), "dependencies");
    TreeSet<String> listed = new TreeSet<>();
    for (Element d : Reactor.children(managed, "dependency")) {
      assertEquals("se.asf", Reactor.text(d, "groupId"));
      assertEquals("${project.version}", Reactor.text(d, "version"));
      assertTrue(listed.add(Reactor.text(d, "artifactId")), "listed twice: " + Reactor.text(d, "artifactId"));
    }
    TreeSet<String> published = new TreeSet<>();
    Reactor.publishedJars().forEach(m -> published.add(m.artifactId()));
    assertFalse(published.isEmpty());
    assertEquals(published, listed);
  }
}
