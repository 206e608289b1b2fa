package se.asf.json.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.Share;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.base.AsfJsonFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module: found by ServiceLoader, strict, and alone on its class path. */
class AsfModuleTest {

  @Test
  void findAndAddModulesFindsItThroughTheServiceLoader() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof AsfModule), mapper::toString);
    assertEquals("0.3", mapper.writeValueAsString(Share.ofPercent(30)));
    assertEquals("\"ekonomisk-forening\"", mapper.writeValueAsString(LegalForm.EKONOMISK_FORENING));
  }

  @Test
  void itIsProvidedAsAServiceInTheModuleDescriptor() {
    ModuleDescriptor descriptor = AsfModule.class.getModule().getDescriptor();
    assertTrue(descriptor.provides().stream().anyMatch(p -> p.service().equals(JacksonModule.class.getName())
        && p.providers().equals(List.of(AsfModule.class.getName()))), descriptor::toString);
  }

  @Test
  void aProcurementRoundTripsThroughAMapper() {
    JsonMapper mapper = AsfJson.create().newJsonMapper();
    ReservedProcurement pilot = Hbs2017Pilot.procurement();
    assertEquals(pilot, mapper.readValue(mapper.writeValueAsString(pilot), ReservedProcurement.class));
  }

  @Test
  void aProblemKeepsItsPathInTheMapper() {
    JsonMapper mapper = JsonMapper.builder().addModule(new AsfModule()).build();
    DatabindException e = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"seats\": 3, \"seatsAppointedByPublicBodies\": \"2\"}", se.asf.core.enterprise.Board.class));
    assertEquals("/seatsAppointedByPublicBodies", e.getPath().stream()
        .map(r -> "/" + r.getPropertyName()).reduce("", String::concat));
  }

  @Test
  void theBuilderSetsTheFeatures() {
    assertTrue(AsfModule.builder().enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build().settings()
        .isEnabled(AsfJsonFeature.WRITE_FULL_PERSONNUMMER));
  }

  @Test
  void jackson2IsNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.core.JsonParser"));
  }
}
