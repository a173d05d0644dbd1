package dev.claimtrail.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns a failure into the words of an error line: what went wrong, and with which file. */
final class Failures {
  private Failures() {}

  /**
   * What {@code failure} means to the user, without the exception class when its message says it:
   * the message of an {@link UncheckedIOException} that says what failed and why, else the file and
   * the kind of failure of the I/O exception it wraps.
   */
  static String describe(Throwable failure) {
    Throwable wrapped = failure.getCause();
    boolean onlyWraps = failure instanceof UncheckedIOException && wrapped != null
        && wrapped.toString().equals(failure.getMessage());
    Throwable cause = onlyWraps ? wrapped : failure;
    if (cause instanceof NoSuchFileException) {
      return "no such file: " + ((NoSuchFileException) cause).getFile();
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied: " + ((AccessDeniedException) cause).getFile();
    }
    if (cause instanceof NotDirectoryException) {
      return "not a directory: " + ((NotDirectoryException) cause).getFile();
    }
    if (cause instanceof FileAlreadyExistsException) {
      return "file already exists: " + ((FileAlreadyExistsException) cause).getFile();
    }
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }
}
