package dev.claimtrail.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error for work measured in bytes, redrawn in place. It
 * draws only when asked to be visible, which the commands decide: standard error is a terminal
 * and the input is large. Not thread-safe.
 */
final class ProgressBar implements AutoCloseable {
  /** Inputs smaller than this finish too soon for a progress bar to help. */
  static final long LARGE_INPUT_BYTES = 4L << 20;

  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final boolean visible;
  private long done;
  private int lastPercent = -1;

  /** A bar for {@code total} bytes that draws on {@code err} if {@code visible}. */
  ProgressBar(PrintWriter err, String label, long total, boolean visible) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.visible = visible;
  }

  /**
   * A bar for {@code total} bytes of work, drawn on {@code err} only if standard error is a
   * terminal and the work is at least {@link #LARGE_INPUT_BYTES}.
   */
  static ProgressBar forBytes(PrintWriter err, String label, long total) {
    return new ProgressBar(err, label, total, System.console() != null && total >= LARGE_INPUT_BYTES);
  }

  /** Records that {@code bytes} more are done, redrawing when the percentage changes. */
  void advance(long bytes) {
    done = Math.min(total, done + bytes);
    int percent = total == 0 ? 100 : (int) (100 * done / total);
    if (visible && percent != lastPercent) {
      lastPercent = percent;
      int filled = percent * BAR_WIDTH / 100;
      err.printf(Locale.ROOT, "\r%s [%s%s] %3d%% %.1f/%.1f MB", label, "#".repeat(filled),
          " ".repeat(BAR_WIDTH - filled), percent, done / 1e6, total / 1e6);
      err.flush();
    }
  }

  /** Ends the line the bar was drawn on, if it was drawn. */
  @Override
  public void close() {
    if (visible && lastPercent >= 0) {
      err.println();
      err.flush();
    }
  }
}
