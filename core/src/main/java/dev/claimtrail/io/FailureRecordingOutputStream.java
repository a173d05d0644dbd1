package dev.claimtrail.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An output stream that passes everything to another and remembers the first {@link IOException}
 * that stream threw. A {@link java.io.PrintWriter}, a {@link java.io.PrintStream} or a library
 * writing through one swallows write errors; with this stream below them the failure and its
 * reason ("No space left on device") are still known when the writing is done. Not thread-safe.
 */
public final class FailureRecordingOutputStream extends FilterOutputStream {
  private @Nullable IOException failure;

  /**
   * Creates a stream that writes to {@code out}.
   *
   * @param out where the bytes go
   */
  public FailureRecordingOutputStream(OutputStream out) {
    super(checkNotNull(out, "out"));
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw recorded(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw recorded(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw recorded(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } catch (IOException e) {
      throw recorded(e);
    }
  }

  /**
   * {@return the first failure of the stream below, if writing, flushing or closing it ever failed}
   */
  public Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Throws the first failure of the stream below, if there was one, even though whoever wrote to
   * this stream swallowed it.
   *
   * @throws IOException the first failure recorded
   */
  public void throwFailure() throws IOException {
    if (failure != null) {
      throw failure;
    }
  }

  private IOException recorded(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
