package se.asf.rules;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule gave its outcome: a stable code for programs, the outcome it gives, and the names of
 * the figures its message uses.
 *
 * <p>The library's rules declare their reasons as enums in {@link se.asf.rules.reasons}, one per
 * rule or per judgement that several rules share (for example {@link
 * se.asf.rules.reasons.PurposeReason} serves {@code TVV-PURPOSE} and {@code LOU-4-18-PURPOSE}). A
 * finding's message key is the rule id and the code, {@code RULE-ID.CODE} ({@link
 * #getMessageKey(String)}), so one reason type can be worded differently for each rule that uses it.
 * A test walks every declared reason of every library rule and checks each shipped language has the
 * message, naming exactly the declared parameters.
 *
 * <p>An application's own rule can declare an enum implementing this interface, or use {@link #of}.
 */
public interface Reason {

  /**
   * Returns the stable code, such as {@code BELOW_THRESHOLD}.
   *
   * @return the code
   */
  String getCode();

  /**
   * Returns the outcome a finding with this reason has.
   *
   * @return MET, NOT_MET or UNDETERMINED
   */
  Outcome getOutcome();

  /**
   * Returns the names of the figures a finding with this reason carries, in the order the rule
   * gives them; its message names exactly these as {@code {name}} placeholders.
   *
   * @return the parameter names
   */
  List<String> getParameters();

  /**
   * Returns the key of this reason's message for a rule: {@code RULE-ID.CODE}.
   *
   * @param ruleId the rule's id
   * @return the message key
   */
  default String getMessageKey(String ruleId) {
    return ruleId + "." + getCode();
  }

  /**
   * Returns a reason that is not one of a declared type: for an application's own rules, and for
   * findings read from a document whose reason this library does not declare.
   *
   * @param code the stable code
   * @param outcome the outcome it gives
   * @param parameters the names of its figures
   * @return the reason; equal to any other reason made from the same values
   */
  static Reason of(String code, Outcome outcome, List<String> parameters) {
    return new Undeclared(code, outcome, parameters);
  }

  /** A reason made with {@link #of}. */
  record Undeclared(String code, Outcome outcome, List<String> parameters) implements Reason {
    /**
     * Checks and copies the values.
     *
     * @param code the code
     * @param outcome the outcome
     * @param parameters the parameter names
     */
    public Undeclared {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(outcome, "outcome");
      parameters = distinct(parameters);
    }

    @Override
    public String getCode() {
      return code;
    }

    @Override
    public Outcome getOutcome() {
      return outcome;
    }

    @Override
    public List<String> getParameters() {
      return parameters;
    }

    @Override
    public String toString() {
      return code;
    }
  }

  /**
   * The fixed part of a declared reason, held by each constant of a reason enum so that the enum
   * needs one field: its outcome and parameter names.
   *
   * @param outcome the outcome
   * @param parameters the parameter names
   */
  record Declaration(Outcome outcome, List<String> parameters) {
    /**
     * Checks and copies the values.
     *
     * @param outcome the outcome
     * @param parameters the parameter names
     */
    public Declaration {
      Objects.requireNonNull(outcome, "outcome");
      parameters = distinct(parameters);
    }

    /**
     * Declares an outcome and parameters.
     *
     * @param outcome the outcome
     * @param parameters the parameter names, in order
     * @return the declaration
     */
    public static Declaration of(Outcome outcome, String... parameters) {
      return new Declaration(outcome, List.of(parameters));
    }
  }

  /**
   * A reason enum: its constants each hold a {@link Declaration}, and the code is the constant's
   * name.
   */
  interface Declared extends Reason {
    /**
     * Returns the constant's name, the reason's code.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the constant's declaration.
     *
     * @return the outcome and parameters
     */
    Declaration declaration();

    @Override
    default String getCode() {
      return name();
    }

    @Override
    default Outcome getOutcome() {
      return declaration().outcome();
    }

    @Override
    default List<String> getParameters() {
      return declaration().parameters();
    }
  }

  /** Copies parameter names, refusing a name given twice, so a finding need not check for one. */
  private static List<String> distinct(List<String> parameters) {
    List<String> copy = List.copyOf(parameters);
    if (new java.util.HashSet<>(copy).size() != copy.size()) {
      throw new IllegalArgumentException("a parameter is named twice: " + copy);
    }
    return copy;
  }
}
