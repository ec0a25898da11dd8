/**
 * Oversight: "who knew what, when" for a person or a concern (every submission, decision, view, search result
 * opened, export and disclosure, in log order, each with a receipt-style inclusion proof), and the log's status:
 * latest signed checkpoint, size, verifier key, and a full audit on request.
 */
package org.vigil.web.audit;
