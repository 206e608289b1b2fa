package se.asf.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public API of asf-core shows neither the generated Immutables implementations nor Jackson:
 * users see {@code Enterprise} and {@code EnterpriseBuilder}, never {@code ImmutableEnterprise}, and
 * the core module knows nothing of JSON (STYLE, "Immutables" and "jackson-datatype-jsr310").
 *
 * <p>It reads the compiled main classes of every exported package, so it checks what a user of the
 * jar would see, generated code included.
 */
class ApiHygieneTest {
  private static final String JACKSON = "com.fasterxml.jackson";

  private static ModuleDescriptor descriptor;
  private static List<Class<?>> apiTypes;

  @BeforeAll
  static void readTheExportedPackages() throws IOException, URISyntaxException, ClassNotFoundException {
    Module module = Share.class.getModule();
    assertTrue(module.isNamed(), "the tests run on the module path");
    descriptor = module.getDescriptor();

    Path location = Path.of(Share.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> classNames = new ArrayList<>();
    if (Files.isDirectory(location)) {
      classNames.addAll(classNamesIn(location));
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        classNames.addAll(classNamesIn(jar.getPath("/")));
      }
    }

    apiTypes = new ArrayList<>();
    for (String name : classNames) {
      Class<?> type = Class.forName(name, false, Share.class.getClassLoader());
      if (isApi(type)) {
        apiTypes.add(type);
      }
    }
  }

  /** The classes directly in the exported (to everyone) packages under {@code root}. */
  private static List<String> classNamesIn(Path root) throws IOException {
    List<String> names = new ArrayList<>();
    for (ModuleDescriptor.Exports export : descriptor.exports()) {
      if (export.isQualified()) {
        continue;
      }
      Path directory = root.resolve(export.source().replace('.', '/'));
      try (Stream<Path> files = Files.list(directory)) {
        files.map(file -> file.getFileName().toString())
            .filter(file -> file.endsWith(".class") && !file.equals("package-info.class"))
            .map(file -> export.source() + "." + file.substring(0, file.length() - ".class".length()))
            .forEach(names::add);
      }
    }
    return names;
  }

  /** A type a user can name: public, or a public or protected member of such a type. */
  private static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    int modifiers = type.getModifiers();
    Class<?> enclosing = type.getDeclaringClass();
    if (enclosing == null) {
      return Modifier.isPublic(modifiers);
    }
    return (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && isApi(enclosing);
  }

  private static boolean isForbidden(Class<?> type) {
    return type.getSimpleName().startsWith("Immutable") || type.getName().startsWith(JACKSON);
  }

  /** Every class a generic type mentions, its bounds, arguments and components included. */
  private static void collect(Type type, Set<Class<?>> classes, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        collect(c.getComponentType(), classes, seen);
      } else {
        classes.add(c);
      }
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), classes, seen);
      collect(p.getOwnerType(), classes, seen);
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, classes, seen);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        collect(bound, classes, seen);
      }
      for (Type bound : w.getLowerBounds()) {
        collect(bound, classes, seen);
      }
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        collect(bound, classes, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), classes, seen);
    }
  }

  private static Set<Class<?>> mentionedBy(Collection<Type> types) {
    Set<Class<?>> classes = new HashSet<>();
    Set<Type> seen = new HashSet<>();
    types.forEach(type -> collect(type, classes, seen));
    return classes;
  }

  private static boolean isVisible(Member member) {
    return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
  }

  /** Each visible signature of an API type, described, with the types it mentions. */
  private static List<Signature> signaturesOf(Class<?> type) {
    List<Signature> signatures = new ArrayList<>();
    List<Type> declaration = new ArrayList<>();
    declaration.add(type.getGenericSuperclass());
    declaration.addAll(List.of(type.getGenericInterfaces()));
    declaration.addAll(List.of(type.getTypeParameters()));
    signatures.add(new Signature(type.getName() + " (declaration)", declaration));

    Set<Method> methods = new HashSet<>(List.of(type.getMethods()));
    Stream.of(type.getDeclaredMethods()).filter(ApiHygieneTest::isVisible).forEach(methods::add);
    for (Method method : methods) {
      List<Type> types = executableTypes(method);
      types.add(method.getGenericReturnType());
      signatures.add(new Signature(method.toGenericString(), types));
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (isVisible(constructor)) {
        signatures.add(new Signature(constructor.toGenericString(), executableTypes(constructor)));
      }
    }
    Set<Field> fields = new HashSet<>(List.of(type.getFields()));
    Stream.of(type.getDeclaredFields()).filter(ApiHygieneTest::isVisible).forEach(fields::add);
    for (Field field : fields) {
      signatures.add(new Signature(field.toGenericString(), List.of(field.getGenericType())));
    }
    return signatures;
  }

  private static List<Type> executableTypes(Executable executable) {
    List<Type> types = new ArrayList<>();
    types.addAll(List.of(executable.getGenericParameterTypes()));
    types.addAll(List.of(executable.getGenericExceptionTypes()));
    types.addAll(List.of(executable.getTypeParameters()));
    return types;
  }

  private record Signature(String description, Collection<Type> types) {}

  @Test
  void readsTheApiTypesOfEveryExportedPackage() {
    Set<String> names = apiTypes.stream().map(Class::getName).collect(Collectors.toSet());

    assertTrue(names.containsAll(Set.of(
            "se.asf.core.Share",
            "se.asf.core.identity.Organisationsnummer",
            "se.asf.core.geo.Wgs84Position",
            "se.asf.core.enterprise.Enterprise",
            "se.asf.core.enterprise.EnterpriseBuilder",
            "se.asf.core.workforce.WorkforceBuilder",
            "se.asf.core.procurement.ReservedProcurementBuilder",
            "se.asf.core.text.SafeText")),
        () -> "found only " + new TreeSet<>(names));
  }

  @Test
  void theStyleAndTheTextChecksAreNotApi() {
    Set<String> names = apiTypes.stream().map(Class::getName).collect(Collectors.toSet());
    assertTrue(names.stream().noneMatch(n -> n.startsWith("se.asf.core.style.")
        || n.startsWith("se.asf.core.internal.") || n.startsWith("se.asf.core.examples.")
        || n.endsWith(".Messages")), () -> new TreeSet<>(names).toString());
    assertEquals(Set.of("se.asf.rules", "se.asf.json"), descriptor.exports().stream()
        .filter(e -> e.source().equals("se.asf.core.style")).findFirst().orElseThrow().targets());
    assertEquals(Set.of("se.asf.rules", "se.asf.json.base"), descriptor.exports().stream()
        .filter(e -> e.source().equals("se.asf.core.internal")).findFirst().orElseThrow().targets());
  }

  @Test
  void noApiTypeIsAnImmutablesImplementation() {
    Set<String> offending = apiTypes.stream()
        .filter(type -> type.getSimpleName().startsWith("Immutable"))
        .map(Class::getName)
        .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(Set.of(), offending);
  }

  @Test
  void noApiSignatureMentionsAnImmutablesImplementationOrJackson() {
    Set<String> offending = new TreeSet<>();
    for (Class<?> type : apiTypes) {
      for (Signature signature : signaturesOf(type)) {
        for (Class<?> mentioned : mentionedBy(signature.types())) {
          if (isForbidden(mentioned)) {
            offending.add(signature.description() + " mentions " + mentioned.getName());
          }
        }
      }
    }

    assertEquals(Set.of(), offending);
  }

  @Test
  void theModuleRequiresNoJackson() {
    Set<String> jackson = descriptor.requires().stream()
        .map(ModuleDescriptor.Requires::name)
        .filter(name -> name.startsWith(JACKSON))
        .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(Set.of(), jackson);
  }
}
