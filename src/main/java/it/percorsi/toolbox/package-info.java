/**
 * The toolbox: every tool as a Word document, the data kit workbook generated from the model
 * questionnaire, and the calculators (sample size, fieldwork days). Reads the library only
 * through the content module's public API; {@code ui} is private to the module.
 */
package it.percorsi.toolbox;
