/**
 * The help desk: tickets of an administration's referents worked by the Department's staff,
 * with SLA due times in business hours, public replies and internal notes, history, canned
 * replies, ratings, attachments and call slots. The root package is the API (services, records,
 * events); {@code internal} holds entities and repositories, {@code ui} the views.
 */
package it.percorsi.helpdesk;
