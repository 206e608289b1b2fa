package se.asf.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops a run cleanly on Ctrl-C (SIGINT) or SIGTERM: the streaming loops see {@link #requested()}
 * and stop after the bidder at hand, and the report files being written are removed, so no
 * half-written report is left behind. The process then exits as the JVM does on a signal, 130 after
 * SIGINT and 143 after SIGTERM ({@link ExitCodes#INTERRUPTED}).
 *
 * <p>Only {@link AsfCli#main} installs the hook; a run in-process is never interrupted this way.
 */
final class Interrupts {
  /** How long the hook waits for the run to stop on its own before it removes the report files itself. */
  private static final long GRACE_MILLIS = 3_000;

  private static final AtomicBoolean REQUESTED = new AtomicBoolean();
  private static final Set<Path> TEMPORARIES = ConcurrentHashMap.newKeySet();
  private static final CountDownLatch FINISHED = new CountDownLatch(1);

  private Interrupts() {}

  /** Installs the shutdown hook; for {@link AsfCli#main} only. */
  static void install() {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      REQUESTED.set(true);
      try {
        // A run blocked on its input does not see the request: its files are removed here instead.
        FINISHED.await(GRACE_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      for (Path temporary : TEMPORARIES) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // Nothing more can be done while the JVM stops.
        }
      }
    }, "asf-interrupt"));
  }

  /** Tells the hook that the run has ended and cleaned up after itself. */
  static void finished() {
    FINISHED.countDown();
  }

  /** Tells whether the run was asked to stop. */
  static boolean requested() {
    return REQUESTED.get();
  }

  /** Notes a temporary report file, removed if the run is stopped before it is moved into place. */
  static void writing(Path temporary) {
    TEMPORARIES.add(temporary);
  }

  /** Notes that a temporary report file is moved into place or removed. */
  static void written(Path temporary) {
    TEMPORARIES.remove(temporary);
  }

  /** Thrown out of a streaming loop when the run was asked to stop. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("interrupted", null, false, false);
    }
  }
}
