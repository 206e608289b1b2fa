/**
 * Cross-cutting types of asf-core: the {@link se.asf.core.InvariantViolationException} that every
 * value type throws when it would be built in a forbidden state, its {@link se.asf.core.Invariant}
 * codes, and the Swedish/English messages (bundles {@code se.asf.core.Messages}).
 */
package se.asf.core;
