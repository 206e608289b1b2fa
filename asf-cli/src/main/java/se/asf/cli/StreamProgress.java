package se.asf.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line of a streamed run on standard error, redrawn in place at most twice a second:
 * the bidders done, the rate, and, from the share of the input read so far, the time left. It is
 * shown when asked for ({@code --progress}), or by default when the tool runs in a terminal
 * ({@link Terminal}); never otherwise, so logs and pipes do not get it.
 */
final class StreamProgress {
  private static final long INTERVAL_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final CliMessages messages;
  private final boolean shown;
  private final LongSupplier bytesRead;
  private final long size;
  private final long start = System.nanoTime();
  private long drawn = start;
  private long done;
  private int width;

  StreamProgress(PrintWriter err, CliMessages messages, boolean shown, LongSupplier bytesRead, long size) {
    this.err = err;
    this.messages = messages;
    this.shown = shown;
    this.bytesRead = bytesRead;
    this.size = size;
  }

  /** Tells whether the line is drawn. */
  boolean shown() {
    return shown;
  }

  /** Counts one bidder done. */
  void advance() {
    done++;
    if (shown) {
      long now = System.nanoTime();
      if (now - drawn >= INTERVAL_NANOS) {
        drawn = now;
        draw(now);
      }
    }
  }

  /** Draws the line a last time and ends it, so that what follows starts on a line of its own. */
  void finish() {
    if (shown) {
      draw(System.nanoTime());
      err.println();
      err.flush();
    }
  }

  private void draw(long now) {
    long elapsed = Math.max(1, now - start);
    long rate = done * 1_000_000_000L / elapsed;
    long read = bytesRead.getAsLong();
    String eta = "";
    if (size > 0 && read > 0 && read < size) {
      // Integer arithmetic: the time left, in seconds, if the rest of the input goes as fast.
      long left = BigInteger.valueOf(elapsed).multiply(BigInteger.valueOf(size - read))
          .divide(BigInteger.valueOf(read)).divide(BigInteger.valueOf(1_000_000_000L)).longValue();
      eta = messages.get("progress.eta", String.format(Locale.ROOT, "%d:%02d:%02d", left / 3600, left / 60 % 60,
          left % 60),
          read * 100 / size);
    }
    String line = messages.get("progress.stream", done, rate, eta);
    err.print("\r" + line);
    err.flush();
    width = line.length();
  }

  /** Blanks the line, so that a message can be written on it; the next update draws it again. */
  void clear() {
    if (shown && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
