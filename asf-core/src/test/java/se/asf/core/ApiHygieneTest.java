package se.asf.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of asf-core shows no generated {@code Immutable*} type and no Jackson type, and the
 * module needs no JSON library.
 */
class ApiHygieneTest {

  private static List<Class<?>> publicTypesOfExportedPackages() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(Share.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> exported = Share.class.getModule().isNamed()
        ? Share.class.getModule().getDescriptor().exports().stream().map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet())
        : Set.of("se.asf.core", "se.asf.core.style", "se.asf.core.identity", "se.asf.core.geo",
            "se.asf.core.enterprise", "se.asf.core.workforce", "se.asf.core.procurement", "se.asf.core.examples");
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (name.equals("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, Share.class.getClassLoader());
        if (exported.contains(type.getPackageName()) && Modifier.isPublic(type.getModifiers())
            && (type.getEnclosingClass() == null || Modifier.isPublic(type.getEnclosingClass().getModifiers()))) {
          types.add(type);
        }
      }
    }
    assertTrue(types.size() > 30, "found the public types: " + types.size());
    return types;
  }

  private static boolean forbidden(Type type) {
    String name = type.getTypeName();
    return name.matches("(.*[.$])?Immutable[A-Z].*") || name.contains("com.fasterxml.jackson");
  }

  @Test
  void noGeneratedOrJacksonTypeInThePublicApi() throws Exception {
    List<String> offences = new ArrayList<>();
    for (Class<?> type : publicTypesOfExportedPackages()) {
      if (type.getSimpleName().startsWith("Immutable")) {
        offences.add(type.getName());
      }
      if (type.getGenericSuperclass() != null && forbidden(type.getGenericSuperclass())) {
        offences.add(type.getName() + " extends " + type.getGenericSuperclass());
      }
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers())) {
          if (forbidden(method.getGenericReturnType())) {
            offences.add(method.toGenericString());
          }
          for (Type parameter : method.getGenericParameterTypes()) {
            if (forbidden(parameter)) {
              offences.add(method.toGenericString());
            }
          }
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(constructor.getModifiers()) || Modifier.isProtected(constructor.getModifiers())) {
          for (Type parameter : constructor.getGenericParameterTypes()) {
            if (forbidden(parameter)) {
              offences.add(constructor.toGenericString());
            }
          }
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if ((Modifier.isPublic(field.getModifiers()) || Modifier.isProtected(field.getModifiers()))
            && forbidden(field.getGenericType())) {
          offences.add(field.toGenericString());
        }
      }
    }
    assertEquals(List.of(), offences);
  }

  @Test
  void theModuleRequiresNoJsonLibrary() {
    Module module = Share.class.getModule();
    if (module.isNamed()) {
      assertFalse(module.getDescriptor().requires().stream()
          .anyMatch(r -> r.name().startsWith("com.fasterxml.jackson")), module.getDescriptor().toString());
    }
    assertFalse(Stream.of(System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", ""))
        .anyMatch(path -> path.contains("jackson")), "no Jackson jar on asf-core's test paths");
  }
}
