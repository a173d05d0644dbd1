/** Implementation details shared by the project's packages; not part of the public API. */
@NullMarked
package dev.claimtrail.internal;

import org.jspecify.annotations.NullMarked;
