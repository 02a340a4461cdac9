package org.sourced.packs.transfer;

import static io.restassured.RestAssured.given;

import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.specification.RequestSpecification;

import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.accounts.SessionCookie;
import org.sourced.accounts.Sessions;

/** Accounts made by a test, each with a unique email, and requests made as them. */
final class People {

    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** One account and how to act as it: Basic for the API, a session cookie for pages. */
    record Person(Account account) {

        long id() {
            return account.id;
        }

        String email() {
            return account.email;
        }

        RequestSpecification api() {
            return given().auth().preemptive().basic(email(), PASSWORD).redirects().follow(false);
        }
    }

    private People() {
    }

    static Person create(AccountService accounts, Role role, String name) {
        String email = role.key() + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() + "@transfer.test";
        return new Person(accounts.create(email, name, PASSWORD, role));
    }

    /** A browser signed in as {@code person}: its session cookie, as the sign-in form would set it. */
    static RequestSpecification browser(Sessions sessions, Person person) {
        return given().cookie(SessionCookie.NAME, sessions.open(person.account())).redirects().follow(false);
    }

    /** A pack id no other test uses. */
    static String uniqueId(String stem) {
        return stem + "-" + COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
