package org.sourced.limits;

import java.time.Clock;
import java.time.Duration;

/**
 * Sign-in throttling after OWASP's "device cookie" pattern: a browser that signed in to an account before
 * carries a signed device cookie and keeps a failure budget of its own; every other client of that account
 * shares one budget ("untrusted clients"), and each address one more. A budget spent locks its key until the
 * window that opened with its first failure closes; tries during the lockout are refused unchecked and not
 * counted, so a guesser cannot stretch it, and the owner on a known browser is never held by someone else's
 * failures. Plain Java on a clock.
 */
public final class LoginLockout {

    /** How many failures each kind of client may make per window, and the window (which is also the lockout). */
    public record Rules(int untrustedFailures, int deviceFailures, int addressFailures, Duration window) {
    }

    private final Quota untrusted;
    private final Quota devices;
    private final Quota addresses;

    public LoginLockout(Rules rules, Clock clock) {
        untrusted = new Quota(rules.untrustedFailures(), rules.window(), clock);
        devices = new Quota(rules.deviceFailures(), rules.window(), clock);
        addresses = new Quota(rules.addressFailures(), rules.window(), clock);
    }

    /**
     * How long this client must wait before its next try of {@code account}; zero when it may try now.
     * {@code device} is the id of a verified device cookie for this account, or null.
     */
    public Duration waitFor(String account, String device, String address) {
        if (device != null) {
            return devices.waitFor(device);
        }
        Duration a = untrusted.waitFor(account);
        Duration b = addresses.waitFor(address);
        return a.compareTo(b) >= 0 ? a : b;
    }

    public void failed(String account, String device, String address) {
        if (device != null) {
            devices.record(device);
        } else {
            untrusted.record(account);
            addresses.record(address);
        }
    }

    /** A right password ends the run of failures of the client that gave it. */
    public void succeeded(String account, String device) {
        if (device != null) {
            devices.clear(device);
        } else {
            untrusted.clear(account);
        }
    }
}
