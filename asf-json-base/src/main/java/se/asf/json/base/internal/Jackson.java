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
   */
  public record Parser(Supplier<Enum<?>> token, Call<Enum<?>> nextToken, Call<String> currentName, Call<String> string,
      Call<BigDecimal> decimal, Call<Double> number, Call<?> skip, IntSupplier nesting, boolean failOnUnknownProperties,
      Function<Exception, ParseFailure> parseFailure) implements TokenReader {

    private <T> T call(Call<T> call) throws IOException {
      try {
        return call.call();
      } catch (IOException | RuntimeException e) {
        ParseFailure failure = parseFailure == null ? null : parseFailure.apply(e);
        if (failure != null) {
          throw failure;
        }
        throw e;
      } catch (Exception e) {
        throw new IOException(e);
      }
    }

    @Override
    public Token current() {
      return Token.of(token.get());
    }

    @Override
    public Token next() throws IOException {
      return Token.of(call(nextToken));
    }

    @Override
    public String name() throws IOException {
      return call(currentName);
    }

    @Override
    public String text() throws IOException {
      return call(string);
    }

    @Override
    public BigDecimal decimalValue() throws IOException {
      return call(decimal);
    }

    @Override
    public double doubleValue() throws IOException {
      return call(number);
    }

    @Override
    public void skipChildren() throws IOException {
      call(skip);
    }

    @Override
    public int depth() {
      return nesting.getAsInt();
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
