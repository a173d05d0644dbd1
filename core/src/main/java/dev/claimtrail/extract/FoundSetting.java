package dev.claimtrail.extract;

import dev.claimtrail.model.Setting;
import org.jspecify.annotations.Nullable;

/**
 * An occasion found in the text: its kind, its description as printed (white space collapsed), the
 * outlet and place it names, if any, and its token range.
 */
record FoundSetting(Setting.Kind kind, String description, @Nullable Entity outlet, @Nullable String place, int start,
    int end) {}
