/** In-portal notifications (and e-mail when an SMTP server is configured). */
@NullMarked
package fr.socle.portal.notification;

import org.jspecify.annotations.NullMarked;
