package se.asf.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public API of every published module, written as one line per public or protected type and
 * member of its exported packages (qualified exports aside), must equal the committed file
 * {@code api/<artifactId>.txt}, so that every API change is a visible diff in review. After a
 * deliberate change, regenerate the files with {@code ./mvnw verify -Dasf.api.update=true} and
 * commit them.
 */
class ApiSignatureTest {
  /** Modules whose API is not pinned yet: none. */
  private static final Set<String> NOT_YET = Set.of();

  static List<String> signature(Path jar) throws IOException, ClassNotFoundException {
    ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
    Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    TreeSet<String> classNames = new TreeSet<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      file.stream().map(e -> e.getName())
          .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.endsWith("module-info.class")
              && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .filter(n -> exported.contains(n.substring(0, n.lastIndexOf('.'))))
          .forEach(classNames::add);
    }
    List<String> lines = new ArrayList<>();
    lines.add("module " + descriptor.name());
    descriptor.exports().stream().map(e -> "  exports " + e.source()
            + (e.isQualified() ? " to " + new TreeSet<>(e.targets()) : ""))
        .sorted().forEach(lines::add);
    ClassLoader loader = ApiSignatureTest.class.getClassLoader();
    for (String name : classNames) {
      Class<?> type = Class.forName(name, false, loader);
      if (!isApi(type)) {
        continue;
      }
      lines.add(declaration(type));
      TreeSet<String> members = new TreeSet<>();
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          members.add("  field " + modifiers(f.getModifiers()) + f.getGenericType().getTypeName() + " " + f.getName());
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers()) && !c.isSynthetic()) {
          members.add("  constructor " + modifiers(c.getModifiers()) + type.getSimpleName()
              + params(c.getGenericParameterTypes()) + throwsClause(c.getGenericExceptionTypes()));
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          members.add("  method " + modifiers(m.getModifiers() & ~Modifier.TRANSIENT)
              + (m.isDefault() ? "default " : "") + typeParams(m.getTypeParameters())
              + m.getGenericReturnType().getTypeName() + " " + m.getName()
              + params(m.getGenericParameterTypes()) + throwsClause(m.getGenericExceptionTypes()));
        }
      }
      lines.addAll(members);
    }
    return lines;
  }

  private static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    Class<?> enclosing = type.getDeclaringClass();
    return enclosing == null ? Modifier.isPublic(type.getModifiers())
        : visible(type.getModifiers()) && isApi(enclosing);
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String modifiers(int modifiers) {
    int relevant = modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
        | Modifier.ABSTRACT);
    String text = Modifier.toString(relevant);
    return text.isEmpty() ? "" : text + " ";
  }

  private static String kind(Class<?> type) {
    if (type.isAnnotation()) {
      return "@interface";
    }
    if (type.isInterface()) {
      return "interface";
    }
    if (type.isEnum()) {
      return "enum";
    }
    if (type.isRecord()) {
      return "record";
    }
    return "class";
  }

  private static String declaration(Class<?> type) {
    int mods = type.getModifiers();
    if (type.isInterface() || type.isEnum() || type.isRecord()) {
      mods &= ~(Modifier.ABSTRACT | Modifier.FINAL | Modifier.STATIC);
    }
    StringBuilder out = new StringBuilder(modifiers(mods)).append(kind(type)).append(' ')
        .append(type.getName()).append(typeParams(type.getTypeParameters()).stripTrailing());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      out.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      out.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(interfaces)
          .map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    return out.toString();
  }

  private static String typeParams(java.lang.reflect.TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables).map(v -> {
      String bounds = Arrays.stream(v.getBounds()).filter(b -> b != Object.class).map(Type::getTypeName)
          .collect(Collectors.joining(" & "));
      return bounds.isEmpty() ? v.getName() : v.getName() + " extends " + bounds;
    }).collect(Collectors.joining(", ", "<", "> "));
  }

  private static String params(Type[] types) {
    return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String throwsClause(Type[] types) {
    return types.length == 0 ? "" : " throws " + Arrays.stream(types).map(Type::getTypeName)
        .collect(Collectors.joining(", "));
  }

  @Test
  void everyPublishedModulesApiMatchesItsCommittedSignatureFile() throws Exception {
    boolean update = Boolean.getBoolean("asf.api.update");
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Reactor.Module m : Reactor.publishedJars()) {
      if (NOT_YET.contains(m.artifactId())) {
        continue;
      }
      checked++;
      List<String> actual = signature(m.mainJar());
      Path file = Reactor.root().resolve("api").resolve(m.artifactId() + ".txt");
      if (update) {
        Files.createDirectories(file.getParent());
        Files.write(file, actual, StandardCharsets.UTF_8);
        continue;
      }
      if (!Files.isRegularFile(file)) {
        problems.add(file + " is missing; run ./mvnw verify -Dasf.api.update=true and commit it");
        continue;
      }
      List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        Set<String> removed = new LinkedHashSet<>(expected);
        actual.forEach(removed::remove);
        Set<String> added = new LinkedHashSet<>(actual);
        expected.forEach(added::remove);
        StringBuilder diff = new StringBuilder(m.artifactId() + " API changed (update "
            + "with ./mvnw verify -Dasf.api.update=true and commit api/" + m.artifactId() + ".txt):");
        removed.forEach(l -> diff.append("\n- ").append(l));
        added.forEach(l -> diff.append("\n+ ").append(l));
        problems.add(diff.toString());
      }
    }
    assertTrue(checked >= 6, "asf-core, asf-rules, asf-json-base, asf-json, asf-json-jackson3 and asf-cli at least");
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void internalsAreNotInTheApi() throws Exception {
    Reactor.Module core = Reactor.publishedJars().stream().filter(m -> m.artifactId().equals("asf-core"))
        .findFirst().orElseThrow();
    List<String> lines = signature(core.mainJar());
    assertTrue(lines.stream().noneMatch(l -> l.contains("class se.asf.core.internal.")
        || l.contains("@interface se.asf.core.style.") || l.contains("se.asf.core.examples")
        || l.contains("class se.asf.core.Messages")), lines::toString);
    assertTrue(lines.contains("  exports se.asf.core.internal to [se.asf.json.base, se.asf.rules]"), lines::toString);
    assertEquals("module se.asf.core", lines.get(0));
  }

  @Test
  void theWireFormatsEngineIsExportedOnlyToTheTwoJacksonModules() throws Exception {
    Reactor.Module base = Reactor.publishedJars().stream().filter(m -> m.artifactId().equals("asf-json-base"))
        .findFirst().orElseThrow();
    List<String> lines = signature(base.mainJar());
    assertTrue(lines.contains("  exports se.asf.json.base.internal to [se.asf.json, se.asf.json.jackson3]"),
        lines::toString);
    assertTrue(lines.stream().noneMatch(l -> l.contains("se.asf.json.base.internal.") && !l.startsWith(" ")),
        lines::toString);
  }

  @Test
  void theGeodesicsAreNotInTheRulesApi() throws Exception {
    Reactor.Module rules = Reactor.publishedJars().stream().filter(m -> m.artifactId().equals("asf-rules"))
        .findFirst().orElseThrow();
    List<String> lines = signature(rules.mainJar());
    assertTrue(lines.stream().noneMatch(l -> l.contains("Geodesics")), lines::toString);
    assertTrue(lines.contains("  exports se.asf.rules.geodesy to [se.asf.cli]"), lines::toString);
  }

  @Test
  void theExamplesAreAModuleOfTheirOwn() throws Exception {
    Reactor.Module examples = Reactor.publishedJars().stream()
        .filter(m -> m.artifactId().equals("asf-examples")).findFirst().orElseThrow();
    List<String> lines = signature(examples.mainJar());
    assertEquals(List.of("module se.asf.core.examples", "  exports se.asf.core.examples"), lines.subList(0, 2));
    assertTrue(lines.contains("public final class se.asf.core.examples.Hbs2017Pilot"), lines::toString);
  }
}
