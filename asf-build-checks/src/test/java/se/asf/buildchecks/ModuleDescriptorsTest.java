package se.asf.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * No published module may require a module whose name is derived from a jar's file name (Maven's
 * "Required filename-based automodules detected" warning): such a name is not stable, and a module
 * that requires it must not be published.
 */
class ModuleDescriptorsTest {

  /** Module name to the jar that provides it, from this test's class path (the reactor's deps). */
  private static Map<String, Path> modulesOnClassPath() {
    Map<String, Path> byName = new HashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
        continue;
      }
      try {
        for (ModuleReference ref : ModuleFinder.of(path).findAll()) {
          byName.put(ref.descriptor().name(), path);
        }
      } catch (RuntimeException e) {
        // A jar whose file name gives no legal module name cannot be required at all.
      }
    }
    for (Reactor.Module m : Reactor.publishedJars()) {
      byName.put(descriptor(m).name(), m.mainJar());
    }
    return byName;
  }

  private static ModuleDescriptor descriptor(Reactor.Module module) {
    Path jar = module.mainJar();
    assertTrue(Files.isRegularFile(jar), () -> "not built: " + jar);
    Set<ModuleReference> refs = ModuleFinder.of(jar).findAll();
    assertEquals(1, refs.size(), jar::toString);
    return refs.iterator().next().descriptor();
  }

  private static boolean nameFromManifest(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest() != null
          && file.getManifest().getMainAttributes().getValue("Automatic-Module-Name") != null;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theReactorPublishesTheLibraryModules() {
    List<String> published = Reactor.publishedJars().stream().map(Reactor.Module::artifactId).toList();
    assertTrue(published.containsAll(List.of("asf-core", "asf-examples", "asf-rules", "asf-json-base", "asf-json",
        "asf-json-jackson3", "asf-espd", "asf-cli")),
        published::toString);
    assertFalse(published.contains("asf-benchmarks"), published::toString);
    // The Spring Boot example is in the reactor (built and tested) but never published.
    List<String> all = Reactor.modules().stream().map(Reactor.Module::artifactId).toList();
    assertTrue(all.contains("asf-example-spring-boot"), all::toString);
    assertFalse(published.contains("asf-example-spring-boot"), published::toString);
  }

  @Test
  void everyPublishedJarIsAnExplicitModule() {
    for (Reactor.Module m : Reactor.publishedJars()) {
      ModuleDescriptor d = descriptor(m);
      assertFalse(d.isAutomatic(), () -> m.artifactId() + " has no module-info.class");
      assertTrue(d.name().startsWith("se.asf."), d::name);
    }
  }

  @Test
  void everyRequiredModuleHasAStableName() {
    Map<String, Path> available = modulesOnClassPath();
    ModuleFinder system = ModuleFinder.ofSystem();
    List<String> problems = new ArrayList<>();
    for (Reactor.Module m : Reactor.publishedJars()) {
      ModuleDescriptor d = descriptor(m);
      for (ModuleDescriptor.Requires r : d.requires()) {
        if (system.find(r.name()).isPresent()) {
          continue;
        }
        Path jar = available.get(r.name());
        if (jar == null) {
          problems.add(d.name() + " requires " + r.name() + ", found in no jar");
          continue;
        }
        ModuleDescriptor required = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
        if (required.isAutomatic() && !nameFromManifest(jar)) {
          problems.add(d.name() + " requires " + r.name() + ", a name derived from the file name of "
              + jar.getFileName());
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void eachJacksonModuleRequiresItsOwnJacksonMajorAndTheBaseNone() throws IOException {
    Map<String, Set<String>> requires = new HashMap<>();
    for (Reactor.Module m : Reactor.publishedJars()) {
      requires.put(m.artifactId(), descriptor(m).requires().stream().map(ModuleDescriptor.Requires::name)
          .collect(java.util.stream.Collectors.toSet()));
    }
    assertTrue(requires.get("asf-json").contains("com.fasterxml.jackson.databind"), requires::toString);
    assertTrue(requires.get("asf-json").stream().noneMatch(r -> r.startsWith("tools.jackson")), requires::toString);
    assertTrue(requires.get("asf-json-jackson3").contains("tools.jackson.databind"), requires::toString);
    assertTrue(requires.get("asf-json-jackson3").stream().noneMatch(r -> r.startsWith("com.fasterxml.jackson")),
        requires::toString);
    assertTrue(requires.get("asf-json-base").stream().noneMatch(r -> r.contains("jackson")), requires::toString);
  }

  @Test
  void geographicLibIsRelocatedIntoAsfRules() throws IOException {
    Reactor.Module rules = Reactor.publishedJars().stream()
        .filter(m -> m.artifactId().equals("asf-rules")).findFirst().orElseThrow();
    ModuleDescriptor d = descriptor(rules);
    assertTrue(d.packages().contains("se.asf.rules.internal.geographiclib"), d.packages()::toString);
    assertTrue(d.exports().stream().noneMatch(e -> e.source().contains("internal")),
        d.exports()::toString);
    try (JarFile jar = new JarFile(rules.mainJar().toFile())) {
      assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("net/sf/geographiclib")));
      assertNotNull(jar.getEntry("se/asf/rules/internal/geographiclib/Geodesic.class"));
      assertNotNull(jar.getEntry("META-INF/LICENSE-GeographicLib.txt"));
    }
  }
}
