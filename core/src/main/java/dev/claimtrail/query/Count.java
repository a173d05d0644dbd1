package dev.claimtrail.query;

/**
 * How many attributions share one value: a speaker, an outlet, a stance or a month.
 *
 * @param key the value, as printed
 * @param count how many attributions have it
 */
public record Count(String key, int count) {}
