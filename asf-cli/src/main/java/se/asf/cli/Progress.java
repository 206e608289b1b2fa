package se.asf.cli;

import java.io.PrintWriter;

/**
 * A progress line on standard error, redrawn in place, for long runs: shown only when there are more
 * than {@value #THRESHOLD} items and the tool runs interactively ({@link Terminal}), so logs and
 * pipes do not get it.
 */
final class Progress {
  /** Fewer items than this finish too soon to need a progress line. */
  static final int THRESHOLD = 5_000;

  private final PrintWriter err;
  private final CliMessages messages;
  private final int total;
  private final int step;
  private final boolean shown;
  private int done;

  Progress(PrintWriter err, CliMessages messages, int total, boolean terminal) {
    this.err = err;
    this.messages = messages;
    this.total = total;
    this.step = Math.max(1, total / 100);
    this.shown = terminal && total > THRESHOLD;
  }

  /** Counts one item done. */
  void advance() {
    done++;
    if (shown && (done % step == 0 || done == total)) {
      err.print("\r" + messages.get("progress", done, total, done * 100L / total));
      err.flush();
    }
  }

  /** Ends the progress line, so what follows starts on a line of its own. */
  void finish() {
    if (shown) {
      err.println();
      err.flush();
    }
  }
}
