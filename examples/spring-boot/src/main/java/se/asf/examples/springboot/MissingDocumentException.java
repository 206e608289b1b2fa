package se.asf.examples.springboot;

/** A required part of the request is missing. */
final class MissingDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String part;

  MissingDocumentException(String part) {
    super(null, null, false, false);
    this.part = part;
  }

  String part() {
    return part;
  }
}
