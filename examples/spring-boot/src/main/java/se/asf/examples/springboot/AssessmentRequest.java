package se.asf.examples.springboot;

import org.springframework.web.multipart.MultipartFile;
import se.asf.rules.constraints.ValidOrganisationsnummer;

/**
 * The parts and parameters of {@code POST /assessments}, a {@code multipart/form-data} request.
 *
 * <p>The two documents travel as they are, each in its own part, so the library's strict reader
 * sees the exact bytes a user has on disk (encoding, byte-order mark, repeated names, size), its JSON
 * Pointers point into those files, and the bundled example files can be sent unchanged.
 *
 * @param procurement the procurement document, {@code {"formatVersion": 2, "procurement": {...}}}
 * @param bidders the bidders document, {@code {"formatVersion": 2, "bidders": [...]}}
 * @param bidder optionally, the organisationsnummer of the one bidder to assess; checked with the
 *     library's {@link ValidOrganisationsnummer} constraint
 */
public record AssessmentRequest(
    MultipartFile procurement,
    MultipartFile bidders,
    @ValidOrganisationsnummer String bidder) {}
