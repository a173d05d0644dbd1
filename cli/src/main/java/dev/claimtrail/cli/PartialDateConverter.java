package dev.claimtrail.cli;

import dev.claimtrail.model.PartialDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option value as a {@link PartialDate}: {@code 2024}, {@code 2024-07} or {@code 2024-07-15}. */
final class PartialDateConverter implements ITypeConverter<PartialDate> {
  @Override
  public PartialDate convert(String value) {
    try {
      return PartialDate.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
