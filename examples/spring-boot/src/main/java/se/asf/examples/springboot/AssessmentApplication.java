package se.asf.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small REST service that assesses the bidders of a reserved procurement (LOU 4 kap. 18 §) with
 * asf-rules, reading and writing the asf JSON documents through asf-json-jackson3. An example of
 * embedding the library in Spring Boot; not a published artifact.
 *
 * <p>Run it with {@code ./mvnw -f examples/spring-boot spring-boot:run}; see the README.
 */
@SpringBootApplication
public class AssessmentApplication {

  /**
   * Starts the service.
   *
   * @param args Spring Boot's command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(AssessmentApplication.class, args);
  }
}
