package dev.claimtrail.cli;

import dev.claimtrail.io.FailureRecordingOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The writer the commands print on, which keeps the reason of a failed write ("No space left on
 * device" for {@code claimtrail quotes > /dev/full}) where a plain {@link PrintWriter} only sets its
 * error flag. {@link ClaimtrailCommand} checks it after every command.
 */
final class StandardOutput extends PrintWriter {
  private final FailureRecordingOutputStream stream;

  private StandardOutput(FailureRecordingOutputStream stream, Charset charset) {
    super(new OutputStreamWriter(stream, charset), true);
    this.stream = stream;
  }

  /** A writer on {@code out} in {@code charset}, flushed at each line end as picocli's own. */
  static StandardOutput of(OutputStream out, Charset charset) {
    return new StandardOutput(new FailureRecordingOutputStream(out), charset);
  }

  /** A writer on the process's standard output, in the charset the JVM chose for it. */
  static StandardOutput ofProcess() {
    String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
    Charset charset = name == null || !Charset.isSupported(name) ? Charset.defaultCharset() : Charset.forName(name);
    return of(new FileOutputStream(FileDescriptor.out), charset);
  }

  /** Why writing failed, if it did and the stream below said why. */
  Optional<String> failureReason() {
    return stream.failure().map(StandardOutput::reason);
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
