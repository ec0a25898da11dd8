/**
 * The ranked work list (spec §2.3), fed through {@link org.vigil.web.priority.PriorityFeed} until the harm engine
 * plugs in, and shown ranked by harm or, for comparison, by volume (how many mentions a person has), so the analyst
 * can see what counting alone would miss.
 */
package org.vigil.web.priority;
