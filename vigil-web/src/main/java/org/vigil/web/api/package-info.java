/** The JSON REST API's description: a hand-written OpenAPI 3.0 document, served at {@code /api/openapi.yaml}. */
package org.vigil.web.api;
