package se.asf.examples.springboot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.asf.json.base.JsonProblem;
import se.asf.rules.validation.InvalidInputException;

/**
 * Every error as an RFC 9457 {@code application/problem+json} document, in the request's language.
 * A refused document lists the library's problems under {@code errors}, each with the part, the
 * JSON Pointer into that part's document, the problem's code and its message; a refused parameter
 * lists its constraint violations the same way, named by {@code parameter}. Spring's own errors
 * (an oversized body gives 413) keep Spring's problem, with titles from {@code messages}. Nothing
 * here logs or repeats the input, so no personnummer reaches a response or a log.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {
  private final MessageSource messages;

  /**
   * Creates the advice. Spring also hands the message source to the base class (it is
   * {@code MessageSourceAware}), which titles Spring's own problems from it.
   *
   * @param messages the service's messages
   */
  public ProblemAdvice(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * A document the library's reader refused: 400, with its problems.
   *
   * @param e the problems
   * @param locale the request's language
   * @return the problem
   */
  @ExceptionHandler(DocumentException.class)
  public ProblemDetail invalidDocument(DocumentException e, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        messages.getMessage("problem.document.detail", new Object[] {e.part(), e.problems().size()}, locale));
    problem.setTitle(messages.getMessage("problem.document.title", null, locale));
    List<Map<String, Object>> errors = new ArrayList<>();
    for (JsonProblem p : e.problems()) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("part", e.part());
      error.put("pointer", p.getPointer());
      error.put("code", p.getCode().name());
      error.put("detail", p.getMessage(locale));
      errors.add(error);
    }
    problem.setProperty("errors", errors);
    return problem;
  }

  /**
   * A required part is missing: 400.
   *
   * @param e the part
   * @param locale the request's language
   * @return the problem
   */
  @ExceptionHandler(MissingDocumentException.class)
  public ProblemDetail missingDocument(MissingDocumentException e, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        messages.getMessage("problem.missing.detail", new Object[] {e.part()}, locale));
    problem.setTitle(messages.getMessage("problem.missing.title", null, locale));
    problem.setProperty("part", e.part());
    return problem;
  }

  /**
   * A bidder whose values break a rule's input requirement: 422, with the library's message.
   *
   * @param e the violations
   * @param locale the request's language
   * @return the problem
   */
  @ExceptionHandler(InvalidInputException.class)
  public ProblemDetail invalidInput(InvalidInputException e, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        e.getMessage(locale));
    problem.setTitle(messages.getMessage("problem.input.title", null, locale));
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    // The locale resolver's choice (Swedish or English), not the raw header.
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
        messages.getMessage("problem.parameter.detail", null, locale));
    problem.setTitle(messages.getMessage("problem.parameter.title", null, locale));
    List<Map<String, Object>> errors = new ArrayList<>();
    for (FieldError field : ex.getFieldErrors()) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("parameter", field.getField());
      error.put("code", field.getCode());
      // Interpolated by Hibernate Validator in the request's language; never contains the input.
      error.put("detail", field.getDefaultMessage());
      errors.add(error);
    }
    problem.setProperty("errors", errors);
    return handleExceptionInternal(ex, problem, headers, status, request);
  }
}
