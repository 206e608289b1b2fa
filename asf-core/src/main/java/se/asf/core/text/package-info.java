/**
 * Text that is safe to show to a person: personal identity numbers masked in every spelling,
 * control characters made visible, input echoed only briefly ({@link se.asf.core.text.SafeText}).
 */
package se.asf.core.text;
