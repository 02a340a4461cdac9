package org.sourced.quiz;

/**
 * Starts an attempt on an assignment for a signed-in student. The classes feature implements it
 * (enrolment, opening and closing times, attempts allowed); the quiz feature only asks.
 */
public interface AssignmentStarter {

    AttemptService.Started start(long assignmentId, long accountId, String name);
}
