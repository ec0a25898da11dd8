/**
 * The force's harm-versus-volume chart from data.police.uk street-level files, weighed with the Cambridge Crime Harm
 * Index through vigil-harm: which crime types are many, and which do the most harm.
 */
package org.vigil.web.harm;
