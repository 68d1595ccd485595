/**
 * Guides, tools and FAQs: the content/ folder format, its validation and import, safe markdown
 * rendering and the reader. The root package is the public API (services, records, the
 * {@link it.percorsi.content.ContentCheck} plug-in point and the {@link it.percorsi.content.MarkdownRenderer});
 * {@code internal} and {@code ui} are private to the module.
 */
package it.percorsi.content;
