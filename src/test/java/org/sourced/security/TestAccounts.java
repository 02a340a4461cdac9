package org.sourced.security;

import org.sourced.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Map;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;

/** Accounts for the security tests, signing in through the real form, and control over the login throttle. */
final class TestAccounts {

    static final String PASSWORD = "correct horse battery";

    private TestAccounts() {
    }

    /** The account with this email, made once per app start with {@link #PASSWORD}; an admin exists too. */
    static Account account(String email, Role role) {
        AccountService accounts = Arc.container().instance(AccountService.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!Account.adminExists()) {
                accounts.create("security-admin@example.org", "Security admin", PASSWORD, Role.ADMIN);
            }
            return Account.byEmail(email).orElseGet(() -> accounts.create(email, "Tester " + role.key(), PASSWORD, role));
        });
    }

    /** Signs the browser in through the login form; the session cookie is then in the browser. */
    static Response signIn(Browser browser, String email) {
        browser.page("/login");
        Response r = browser.post("/login", Map.of("email", email, "password", PASSWORD, "next", "/"));
        assertThat(r.statusCode()).as("sign-in of %s: %s", email, r.asString()).isEqualTo(303);
        assertThat(browser.session()).isNotBlank();
        return r;
    }

    /**
     * Gives the running app a fresh login throttle on {@code clock}. The throttle counts failures per address
     * too, and every test request comes from 127.0.0.1: tests that fail sign-ins on purpose start and end
     * with a clean one. Reflection, because the app has no reason to let anyone swap its throttle.
     */
    static void freshThrottle(Clock clock) {
        try {
            Object service = ClientProxy.unwrap(Arc.container().instance(AccountService.class).get());
            Method fresh = AccountService.class.getDeclaredMethod("freshLockout", Clock.class);
            fresh.setAccessible(true);
            fresh.invoke(service, clock);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("AccountService.freshLockout has moved: update this test helper", e);
        }
    }

}
