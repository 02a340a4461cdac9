/**
 * Counting rules behind the limits of docs/security.md: {@link org.sourced.limits.Quota} (events per key in a
 * window) and {@link org.sourced.limits.LoginLockout} (the device-cookie pattern for sign-in). Plain Java on a
 * clock, like the other rule packages: no framework, no entity, nothing else of the app.
 */
package org.sourced.limits;
