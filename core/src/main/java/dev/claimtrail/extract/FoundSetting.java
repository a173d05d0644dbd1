package dev.claimtrail.extract;

import dev.claimtrail.model.Setting;

/**
 * An occasion found in the text: its kind, its description as printed (white space collapsed), the
 * outlet and place it names, if any, and its token range.
 */
record FoundSetting(Setting.Kind kind, String description, Entity outlet, String place, int start,
    int end) {}
