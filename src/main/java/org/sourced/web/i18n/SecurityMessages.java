package org.sourced.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the protections that sit in front of every feature: a post without its CSRF token, too many
 * new attempts, a body too large or with fields nobody asked for. Templates print them as {@code {sec:key}},
 * Java gets them through {@link UiText#sec}; Armenian and Russian are in {@code messages/sec_hy.properties} and
 * {@code sec_ru.properties}. A bundle of its own so that these cross-cutting errors do not fill a feature's bundle.
 */
@MessageBundle(value = "sec", locale = "en")
public interface SecurityMessages {

    @Message("This form could not be accepted: it came without its security token, or from another page. Go back, reload the page and send it again.")
    String errCsrfMissing();

    @Message("Too many new attempts from this browser or network. Try again in {seconds} seconds.")
    String errTooManyAttempts(long seconds);

    @Message("You already have {open} quizzes in progress. Finish or submit one before starting another.")
    String errTooManyOpenAttempts(int open);

    @Message("The request is {bytes} bytes; this address takes at most {max} bytes.")
    String errBodyTooLarge(long bytes, long max);

    @Message("The JSON has a field this address does not know: \"{field}\".")
    String errUnknownField(String field);

    @Message("The JSON could not be read: {problem}")
    String errBadJson(String problem);

    @Message("You are no longer a member of this class, so this assignment no longer takes answers.")
    String errRemovedFromClass();

    @Message("Not available just now")
    String errUnavailable();

    @Message("The server cannot reach its database just now, so what you just sent may not have been saved. Try again in a few seconds.")
    String errDatabaseDown();

    @Message("The server cannot reach its database just now, so this page cannot be shown. Try again in a few seconds.")
    String errDatabaseDownPage();

    @Message("The server's disk is full, so what you just sent may not have been saved. Tell your teacher or the server's administrator.")
    String errDiskFull();

    @Message("The server's disk is full, so this page cannot be shown just now. Tell your teacher or the server's administrator.")
    String errDiskFullPage();
}
