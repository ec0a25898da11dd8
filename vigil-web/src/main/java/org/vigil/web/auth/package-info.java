/**
 * Who is using the app and what they may do: accounts with roles, passwords hashed with PBKDF2-HMAC-SHA256,
 * sessions in HttpOnly SameSite=Strict cookies (a new id at every login, an idle timeout), a CSRF token per session
 * for every state-changing request, and login throttling.
 *
 * <p>Roles: a <em>partner submitter</em> sends concerns for their agency and reads only their agency's; an
 * <em>analyst</em> reads persons, concerns, search, the graph and priorities on a need-to-know basis; a
 * <em>supervisor</em> also decides alerts, restricts cases and reviews break-glass; an <em>oversight auditor</em>
 * reads who knew what and when, and checks the log; an <em>admin</em> manages accounts and teams.
 */
package org.vigil.web.auth;
