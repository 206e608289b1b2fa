package se.asf.json.base.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A problem met while reading or writing, on its way out: its cause (a {@link WireProblem}, an
 * asf-core invariant or identity exception) and the path to the value at fault, which each
 * enclosing reader extends with its step. It has no stack trace: it is a report, not a bug.
 */
public final class WireFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Deque<Object> path = new ArrayDeque<>();

  private WireFailure(Exception cause) {
    super(cause.getMessage(), cause);
  }

  /** A failure whose pointer the enclosing readers will build. */
  public static WireFailure of(Exception cause) {
    return new WireFailure(cause);
  }

  /** Adds a step in front of the path: a property name or an array index. */
  public WireFailure under(Object step) {
    path.addFirst(step);
    return this;
  }

  /** Returns the path, outermost step first. */
  public List<Object> path() {
    return List.copyOf(path);
  }

  /** Returns the JSON Pointer (RFC 6901) of the value at fault. */
  public String pointer() {
    StringBuilder out = new StringBuilder();
    for (Object step : path) {
      out.append('/').append(String.valueOf(step).replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
