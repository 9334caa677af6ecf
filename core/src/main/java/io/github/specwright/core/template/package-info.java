/**
 * Template versions: the version a template declares, its earlier versions (from git history or kept copies) and
 * the policy that decides which version a spec is checked against ({@link io.github.specwright.core.template.TemplateVersionPolicy}).
 */
package io.github.specwright.core.template;
