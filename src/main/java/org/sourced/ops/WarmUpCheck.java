package org.sourced.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /q/health/ready} stays down until the warm-up has walked the student pages (or given up). */
@Readiness
@ApplicationScoped
public class WarmUpCheck implements HealthCheck {

    @Inject
    WarmUp warmUp;

    @Override
    public HealthCheckResponse call() {
        WarmUp.Outcome outcome = warmUp.outcome();
        return HealthCheckResponse.named("warm-up").status(outcome.ready())
                .withData("state", outcome.state().name().toLowerCase(java.util.Locale.ROOT))
                .withData("millis", outcome.millis()).withData("requests", outcome.requests()).build();
    }
}
