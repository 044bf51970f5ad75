/** Cross-cutting web concerns: security filter chains, errors, locale. */
@NullMarked
package fr.socle.portal.system;

import org.jspecify.annotations.NullMarked;
