/**
 * Oversight: "who knew what, when" for a person or a concern (every submission, decision, view, search result
 * opened, export and disclosure, in log order, each with a receipt-style inclusion proof), and the log's status:
 * latest signed checkpoint, size, verifier key, and a full audit on request.
 *
 * <p>Glossary: a <em>stated purpose</em> is the "why" given for an access (DPA 2018 s.62). The log entry of an access
 * holds no purpose; it <em>commits</em> to it: its {@code sha256} is the SHA-256 of the access event as stored (JSON
 * with when, who, what, of what and why), so a purpose shown beside a matching digest is the one that was logged.
 */
package org.vigil.web.audit;
