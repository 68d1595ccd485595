/**
 * Shared infrastructure every feature may use: the application shell, the main layout,
 * i18n, the clock and small value helpers. It depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package it.percorsi.base;
