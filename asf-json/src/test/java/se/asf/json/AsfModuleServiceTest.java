package se.asf.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.Module;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.json.fixtures.Fixtures;

/**
 * The module is a Jackson {@code Module} service on the module path and on the class path. Apart from
 * {@link AsfModuleTest} because it reads the module descriptor, which a class-path run (PIT) has not.
 */
class AsfModuleServiceTest {
  @Test
  void itIsProvidedAsAServiceOnTheModulePathAndTheClassPath() {
    java.lang.module.ModuleDescriptor descriptor = AsfModule.class.getModule().getDescriptor();
    assertTrue(descriptor.provides().stream().anyMatch(p -> p.service().equals(Module.class.getName())
        && p.providers().equals(List.of(AsfModule.class.getName()))), descriptor::toString);
    assertEquals(AsfModule.class.getName(),
        Fixtures.text("META-INF/services/com.fasterxml.jackson.databind.Module").strip());
  }
}
