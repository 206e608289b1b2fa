package se.asf.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every jar the build produces carries the licence and notice of everything it contains: its
 * classes are matched, by package, against a list of known origins and the licence texts each one
 * needs. A class of unknown origin fails the test, so a new shaded library cannot slip in unlisted.
 * The sources and Javadoc jars of the published modules (built in every {@code verify}, and so in
 * the release profile too) are checked the same way: their Java sources and source pages by package,
 * and the scripts that the JDK's javadoc bundles against the notices it writes under {@code legal/}.
 */
class LicencesTest {

  private static final String APACHE = "META-INF/LICENSE";

  /** Package prefix (longest first wins) to the entries that must then be in the jar. */
  private static final Map<String, List<String>> ORIGINS = new LinkedHashMap<>();

  static {
    ORIGINS.put("se/asf/rules/internal/geographiclib/", List.of("META-INF/LICENSE-GeographicLib.txt"));
    ORIGINS.put("net/sf/geographiclib/", List.of("META-INF/LICENSE-GeographicLib.txt"));
    ORIGINS.put("com/fasterxml/jackson/core/internal/shaded/fdp/",
        List.of("META-INF/FastDoubleParser-LICENSE", "META-INF/FastDoubleParser-ThirdParty-LICENSE"));
    ORIGINS.put("com/fasterxml/jackson/core/io/schubfach/", List.of("META-INF/Schubfach-LICENSE"));
    ORIGINS.put("org/openjdk/jmh/", List.of("META-INF/licenses/jmh-LICENSE.txt"));
    ORIGINS.put("joptsimple/", List.of("META-INF/licenses/jopt-simple-LICENSE.txt"));
    ORIGINS.put("org/apache/commons/math3/", List.of("META-INF/licenses/commons-math3-LICENSE.txt"));
    // Apache-2.0: the project's own LICENSE text covers them.
    for (String p : List.of("se/asf/", "com/fasterxml/jackson/", "com/fasterxml/classmate/", "picocli/",
        "org/hibernate/validator/", "jakarta/validation/", "org/jboss/logging/", "org/immutables/value/")) {
      ORIGINS.put(p, List.of(APACHE));
    }
  }

  /** Every jar in the target directory of every reactor module, sources and Javadoc aside. */
  private static List<Path> builtJars() throws IOException {
    List<Path> jars = new ArrayList<>();
    for (Reactor.Module m : Reactor.modules()) {
      Path target = m.dir().resolve("target");
      if (!Files.isDirectory(target)) {
        continue;
      }
      try (Stream<Path> files = Files.list(target)) {
        files.filter(p -> p.toString().endsWith(".jar"))
            .filter(p -> !p.toString().endsWith("-sources.jar") && !p.toString().endsWith("-javadoc.jar"))
            .forEach(jars::add);
      }
    }
    return jars;
  }

  /** The sources and Javadoc jars of every published module that has a module descriptor. */
  private static List<Path> sourceAndJavadocJars() {
    List<Path> jars = new ArrayList<>();
    for (Reactor.Module m : Reactor.publishedJars()) {
      if (Files.isRegularFile(m.dir().resolve("src/main/java/module-info.java"))) {
        String base = m.artifactId() + "-" + m.version();
        jars.add(m.dir().resolve("target").resolve(base + "-sources.jar"));
        jars.add(m.dir().resolve("target").resolve(base + "-javadoc.jar"));
      }
    }
    return jars;
  }

  /** Scripts the JDK's javadoc may bundle, to the notice it writes beside them. */
  private static final Map<String, String> JAVADOC_SCRIPTS = Map.of(
      "script-dir/jquery-ui", "legal/jqueryUI.md",
      "script-dir/jquery-3", "legal/jquery.md");

  /**
   * The licence texts a Javadoc jar's entry needs, or null when its origin is unknown: a source
   * page or type page (under a module's directory, optionally in {@code src/}) by its package, a
   * bundled script by the notice javadoc writes for it, and javadoc's own pages and indexes by the
   * project's licence.
   */
  static List<String> javadocOriginFor(String entry) {
    for (Map.Entry<String, String> script : JAVADOC_SCRIPTS.entrySet()) {
      if (entry.startsWith(script.getKey())) {
        return List.of(script.getValue());
      }
    }
    Matcher page = Pattern.compile("^(?:src/)?[a-z][\\w]*(?:\\.[a-z][\\w]*)+/(.+)$")
        .matcher(entry);
    if (page.matches() && page.group(1).contains("/")) {
      return originFor(page.group(1));
    }
    return List.of(APACHE);
  }

  private static List<String> originFor(String className) {
    String name = className.replaceFirst("^META-INF/versions/\\d+/", "");
    String best = null;
    for (String prefix : ORIGINS.keySet()) {
      if (name.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? null : ORIGINS.get(best);
  }

  private static String read(JarFile jar, String entry) throws IOException {
    JarEntry e = jar.getJarEntry(entry);
    if (e == null) {
      return null;
    }
    try (InputStream in = jar.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theShadedAndMainJarsAreAllChecked() throws IOException {
    List<String> names = builtJars().stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.containsAll(List.of("asf.jar", "benchmarks.jar", "asf-core-0.1.0-SNAPSHOT.jar",
        "asf-examples-0.1.0-SNAPSHOT.jar", "asf-rules-0.1.0-SNAPSHOT.jar", "asf-json-base-0.1.0-SNAPSHOT.jar",
        "asf-json-0.1.0-SNAPSHOT.jar", "asf-json-jackson3-0.1.0-SNAPSHOT.jar", "asf-espd-0.1.0-SNAPSHOT.jar",
        "asf-cli-0.1.0-SNAPSHOT.jar", "asf-example-spring-boot-0.1.0-SNAPSHOT.jar")),
        names::toString);
  }

  @Test
  void everyJarCarriesTheLicencesOfWhatItContains() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path path : builtJars()) {
      try (JarFile jar = new JarFile(path.toFile())) {
        String licence = read(jar, APACHE);
        if (licence == null || !licence.contains("Apache License") || !licence.contains("Version 2.0")) {
          problems.add(path.getFileName() + ": no Apache-2.0 text in " + APACHE);
        }
        String notice = read(jar, "META-INF/NOTICE");
        if (notice == null || !notice.contains("asf")) {
          problems.add(path.getFileName() + ": no asf notice in META-INF/NOTICE");
        }
        TreeSet<String> unknown = new TreeSet<>();
        TreeSet<String> missing = new TreeSet<>();
        jar.stream().map(JarEntry::getName)
            .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
            .forEach(n -> {
              List<String> needed = originFor(n);
              if (needed == null) {
                unknown.add(n.substring(0, n.lastIndexOf('/') + 1));
              } else {
                needed.stream().filter(entry -> jar.getJarEntry(entry) == null).forEach(missing::add);
              }
            });
        unknown.forEach(p -> problems.add(path.getFileName() + ": classes of unknown licence in " + p));
        missing.forEach(e -> problems.add(path.getFileName() + ": missing " + e));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theSourcesAndJavadocJarsCarryTheLicencesOfWhatTheyContain() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> jars = sourceAndJavadocJars();
    assertTrue(jars.size() >= 10, jars::toString);
    for (Path path : jars) {
      if (!Files.isRegularFile(path)) {
        problems.add(path.getFileName() + ": not built");
        continue;
      }
      boolean javadoc = path.getFileName().toString().endsWith("-javadoc.jar");
      try (JarFile jar = new JarFile(path.toFile())) {
        String licence = read(jar, APACHE);
        if (licence == null || !licence.contains("Apache License") || !licence.contains("Version 2.0")) {
          problems.add(path.getFileName() + ": no Apache-2.0 text in " + APACHE);
        }
        String notice = read(jar, "META-INF/NOTICE");
        if (notice == null || !notice.contains("asf")) {
          problems.add(path.getFileName() + ": no asf notice in META-INF/NOTICE");
        }
        TreeSet<String> unknown = new TreeSet<>();
        TreeSet<String> missing = new TreeSet<>();
        jar.stream().map(JarEntry::getName)
            .filter(n -> !n.endsWith("/") && !n.startsWith("META-INF/"))
            .filter(n -> javadoc || n.endsWith(".java") && !n.endsWith("module-info.java"))
            .forEach(n -> {
              List<String> needed = javadoc ? javadocOriginFor(n) : originFor(n);
              if (needed == null) {
                unknown.add(n.substring(0, n.lastIndexOf('/') + 1));
              } else {
                needed.stream().filter(entry -> jar.getJarEntry(entry) == null).forEach(missing::add);
              }
            });
        unknown.forEach(p -> problems.add(path.getFileName() + ": files of unknown licence in " + p));
        missing.forEach(e -> problems.add(path.getFileName() + ": missing " + e));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void javadocEntriesAreMatchedByPackageOrScript() {
    assertEquals(List.of("legal/jquery.md"), javadocOriginFor("script-dir/jquery-3.7.1.min.js"));
    assertEquals(List.of("legal/jqueryUI.md"), javadocOriginFor("script-dir/jquery-ui.min.js"));
    assertEquals(List.of(APACHE), javadocOriginFor("src/se.asf.core/se/asf/core/Share.html"));
    assertEquals(List.of(APACHE), javadocOriginFor("se.asf.rules/se/asf/rules/Finding.html"));
    assertEquals(null, javadocOriginFor("se.asf.rules/org/example/Unlisted.html"));
    assertEquals(List.of("META-INF/LICENSE-GeographicLib.txt"),
        javadocOriginFor("se.asf.rules/se/asf/rules/internal/geographiclib/Geodesic.html"));
    assertEquals(List.of(APACHE), javadocOriginFor("index-all.html"));
    assertEquals(List.of(APACHE), javadocOriginFor("se.asf.core/module-summary.html"));
  }

  @Test
  void anUnknownPackageHasNoOrigin() {
    assertEquals(null, originFor("org/example/Unlisted.class"));
    assertEquals(List.of("META-INF/LICENSE-GeographicLib.txt"),
        originFor("se/asf/rules/internal/geographiclib/Geodesic.class"));
    assertEquals(List.of(APACHE), originFor("META-INF/versions/9/picocli/CommandLine.class"));
  }
}
