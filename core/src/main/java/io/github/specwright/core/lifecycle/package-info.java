/**
 * The life of a spec: move, implement, abandon, supersede, new release; each change is planned whole and applied all or nothing.
 */
package io.github.specwright.core.lifecycle;
