package dev.claimtrail.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied through each value package's
 * {@code package-info.java}: package-private generated classes hidden behind the abstract types,
 * builders that start empty or {@code from} a value, copy methods ({@code withName}) that a value
 * type exposes by extending its generated {@code With*} interface, singular adders for plural
 * attributes, and Guava immutable collections.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "hedge:hedges", "claimStance:claimStances"},
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
