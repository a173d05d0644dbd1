package dev.claimtrail.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Tells the version of claimtrail this command was built from, as Maven recorded it. */
final class VersionProvider implements IVersionProvider {
  /** The project version, e.g. {@code 0.1.0}. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the claimtrail CLI");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties of the claimtrail CLI", e);
    }
    return properties.getProperty("version");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"claimtrail " + version()};
  }
}
