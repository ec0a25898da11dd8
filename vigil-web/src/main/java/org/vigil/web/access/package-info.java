/**
 * Need-to-know. A partner submitter reads only their own agency's concerns. Analysts and supervisors read any
 * concern unless it is restricted to a team they are not in; then they may <em>break glass</em>: open it for a
 * limited time by giving a reason, which is logged and put on the supervisors' and auditors' review list.
 * Auditors and admins read no case content at all.
 */
package org.vigil.web.access;
