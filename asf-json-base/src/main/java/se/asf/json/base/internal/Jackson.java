package se.asf.json.base.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What the two Jackson adapters share: a parser of either major, given as method references, seen
 * as the engine's {@link TokenReader}. Each adapter names its major's methods and nothing more.
 */
public final class Jackson {
  private Jackson() {}

  /** A call to a parser or generator, which may throw (Jackson 2's exceptions are checked). */
  @FunctionalInterface
  public interface Call<T> {
    /** Calls. */
    T call() throws Exception;
  }

  /**
   * A parser of either major, as method references, seen as the engine's {@link TokenReader}; when a whole
   * document is read, {@code parseFailure} turns the parser's problems into the engine's.
   *
   * <p>Each method calls its own method reference, so that each call site sees one class and is inlined,
   * and the current token is kept, since the engine asks for it more often than it moves.
   */
  public static final class Parser implements TokenReader {
    private final Supplier<Enum<?>> token;
    private final Call<Enum<?>> nextToken;
    private final Call<String> currentName;
    private final Call<String> string;
    private final Call<BigDecimal> decimal;
    private final Call<Double> number;
    private final IntSupplier nesting;
    private final boolean failOnUnknownProperties;
    private final Function<Exception, ParseFailure> parseFailure;
    /** The engine's tokens by the parser's token's ordinal, once the first token is known. */
    private Token[] tokens;
    private Token current;
    private boolean known;

    /** Creates the view of a parser. */
    public Parser(Supplier<Enum<?>> token, Call<Enum<?>> nextToken, Call<String> currentName, Call<String> string,
        Call<BigDecimal> decimal, Call<Double> number, IntSupplier nesting,
        boolean failOnUnknownProperties, Function<Exception, ParseFailure> parseFailure) {
      this.token = token;
      this.nextToken = nextToken;
      this.currentName = currentName;
      this.string = string;
      this.decimal = decimal;
      this.number = number;
      this.nesting = nesting;
      this.failOnUnknownProperties = failOnUnknownProperties;
      this.parseFailure = parseFailure;
    }

    /** Returns the exception to throw for what the parser threw; a runtime exception is thrown as it is. */
    private IOException failure(Exception e) {
      if (e instanceof IOException || e instanceof RuntimeException) {
        ParseFailure failure = parseFailure == null ? null : parseFailure.apply(e);
        if (failure != null) {
          return failure;
        }
        if (e instanceof RuntimeException unchecked) {
          throw unchecked;
        }
        return (IOException) e;
      }
      return new IOException(e);
    }

    private Token token(Enum<?> jackson) {
      if (jackson == null) {
        return null;
      }
      if (tokens == null) {
        tokens = Token.tableOf(jackson.getDeclaringClass());
      }
      return tokens[jackson.ordinal()];
    }

    @Override
    public Token current() {
      if (!known) {
        current = token(token.get());
        known = true;
      }
      return current;
    }

    @Override
    public Token next() throws IOException {
      Enum<?> next;
      try {
        next = nextToken.call();
      } catch (Exception e) {
        known = false;
        throw failure(e);
      }
      current = token(next);
      known = true;
      return current;
    }

    @Override
    public String name() throws IOException {
      try {
        return currentName.call();
      } catch (Exception e) {
        throw failure(e);
      }
    }

    @Override
    public String text() throws IOException {
      try {
        return string.call();
      } catch (Exception e) {
        throw failure(e);
      }
    }

    @Override
    public BigDecimal decimalValue() throws IOException {
      try {
        return decimal.call();
      } catch (Exception e) {
        throw failure(e);
      }
    }

    @Override
    public double doubleValue() throws IOException {
      try {
        return number.call();
      } catch (Exception e) {
        throw failure(e);
      }
    }

    @Override
    public int depth() {
      return nesting.getAsInt();
    }

    @Override
    public boolean failOnUnknownProperties() {
      return failOnUnknownProperties;
    }
  }

  /** Hands a failure's path, innermost step first, to the major's exception. */
  public static void prependPath(WireFailure failure, IntConsumer index, Consumer<String> name) {
    List<Object> path = failure.path();
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i) instanceof Integer step) {
        index.accept(step);
      } else {
        name.accept((String) path.get(i));
      }
    }
  }
}
