/** Implementation details shared by the project's packages; not part of the public API. */
package dev.claimtrail.internal;
