package org.sourced.classes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.LoginThrottle;
import org.sourced.accounts.Role;

/** Guessing join codes from one address slows down after 20 wrong ones, and a right code waits too. */
@QuarkusTest
class JoinCodeThrottleTest {

    @Inject
    JoinCodeGuard guard;
    @Inject
    AccountService accounts;

    /** Every test request comes from 127.0.0.1: start and leave the count clean for the other tests. */
    @BeforeEach
    @AfterEach
    void forget() {
        ClientProxy.unwrap(guard).wrongCodes = new LoginThrottle(Clock.systemUTC());
    }

    @Test
    void wrongCodesFromOneAddressAreSlowedDown() {
        ClassTestSupport.Created real = ClassTestSupport.createClass(ClassTestSupport.person(accounts, Role.TEACHER), "Throttled", true);
        for (int i = 0; i < 20; i++) {
            given().get("/join/ZZZZ-ZZZZ-ZZ" + (10 + i)).then().statusCode(404).body(containsString("No class has the join code"));
        }
        given().get("/join/ZZZZ-ZZZZ-ZZ99").then().statusCode(429).body(containsString("Too many wrong join codes"));
        given().get("/join/" + real.code()).then().statusCode(429);
        given().contentType("application/json").body("{\"code\":\"" + real.code() + "\",\"nickname\":\"Ani\"}")
                .post("/api/classes/join").then().statusCode(429).body("message", containsString("wait"));
    }

    @Test
    void rightCodesAreNotCounted() {
        ClassTestSupport.Created real = ClassTestSupport.createClass(ClassTestSupport.person(accounts, Role.TEACHER), "Open", true);
        for (int i = 0; i < 25; i++) {
            given().get("/join/" + real.code()).then().statusCode(200);
        }
    }
}
