/**
 * The analyst's web app. {@link org.vigil.web.WebApp#start(WebOptions)} opens the store and the log, loads what
 * the pages need from the stored records, and serves server-rendered pages (Javalin and precompiled jte) and a JSON
 * API described in {@code /api/openapi.yaml}. Each capability has its package: {@code auth} (accounts, sessions,
 * CSRF), {@code access} (need-to-know and break-glass), {@code intake}, {@code cases}, {@code person} (persons and
 * the network graph), {@code search}, {@code alert}, {@code priority}, {@code audit} (who knew what, when; the log's
 * status), {@code harm} (the force chart), and {@code ledger} (the store and the access log as the app uses them).
 *
 * <p>Every read, search, export and disclosure is appended to the log with who, when and why before anything is
 * shown. Engines from other modules plug in through {@link org.vigil.web.Engines}: alerts, priorities and linkage.
 */
package org.vigil.web;
