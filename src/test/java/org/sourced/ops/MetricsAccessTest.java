package org.sourced.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;

/** Metrics name every route and its traffic: admins read them, everyone else is refused; health stays open. */
@QuarkusTest
class MetricsAccessTest {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    AccountService accounts;

    private String account(Role role) {
        String email = role.key() + "-metrics-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Metrics " + role.key(), PASSWORD, role);
        return email;
    }

    @Test
    void onlyAdminsReadMetrics() {
        given().redirects().follow(false).get("/q/metrics").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        given().auth().preemptive().basic(account(Role.TEACHER), PASSWORD).get("/q/metrics").then().statusCode(403);
        given().auth().preemptive().basic(account(Role.ADMIN), PASSWORD).get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE jvm_"));
    }

    @Test
    void healthStaysOpenForLoadBalancers() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("\"status\": \"UP\""));
    }
}
