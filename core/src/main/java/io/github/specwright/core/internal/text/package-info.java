/**
 * reStructuredText's text rules that several layers share: reference names normalised as docutils normalises them
 * ({@link io.github.specwright.core.internal.text.Names}) and the character codes of the unicode directive
 * ({@link io.github.specwright.core.internal.text.UnicodeCodes}).
 */
package io.github.specwright.core.internal.text;
