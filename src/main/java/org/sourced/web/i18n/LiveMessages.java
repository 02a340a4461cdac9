package org.sourced.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the live classroom ({@code org.sourced.live}): the start form, the host's projector screen, the
 * player's phone page and the errors of {@code LiveService}, in English; templates print them as {@code {live:key}},
 * Java gets them through {@link UiText#live}. Armenian and Russian are in {@code messages/live_hy.properties} and
 * {@code live_ru.properties}.
 */
@MessageBundle(value = "live", locale = "en")
public interface LiveMessages {

    // ---- Errors -------------------------------------------------------------------------------------------

    @Message("No live session has this PIN. Check the six digits on the projector.")
    String errNoPin();

    @Message("No live session of yours has this number.")
    String errNoSession();

    @Message("This live session is over.")
    String errOver();

    @Message("Type a nickname.")
    String errNicknameBlank();

    @Message("A nickname has at most {max} characters.")
    String errNicknameLong(int max);

    @Message("Someone in this session already plays as {nickname}. Choose another nickname.")
    String errNicknameTaken(String nickname);

    @Message("A PIN is six digits.")
    String errPinShape();

    @Message("Only the students of this class can join: sign in with your student account.")
    String errClassOnly();

    @Message("You are not a student of this session's class.")
    String errNotInClass();

    @Message("The host removed you from this session.")
    String errRemoved();

    @Message("Join the session first: send the token that POST /api/live/join returned, as 'Authorization: Bearer lv_...'.")
    String errNoToken();

    @Message("This token does not belong to a player of this session.")
    String errForeignToken();

    @Message("Too late: question {n} closed at {time} UTC, and your answer was not counted.")
    String errLate(int n, String time);

    @Message("Question {n} is not open now.")
    String errNotOpen(int n);

    @Message("You have answered question {n} already; your first answer stands.")
    String errAnsweredAlready(int n);

    @Message("Choose an answer.")
    String errNoChoice();

    @Message("Question {n} has no choice {choice}.")
    String errUnknownChoice(int n, String choice);

    @Message("Choose one answer only.")
    String errOneChoice();

    @Message("Certainty is 1, 2 or 3.")
    String errCertainty();

    @Message("Seconds per question: from {min} to {max}.")
    String errSeconds(int min, int max);

    @Message("The number of questions cannot be negative.")
    String errLength();

    @Message("Choose an objective or a set, not both.")
    String errScopeBoth();

    @Message("No published pack has the id {pack}.")
    String errNoPack(String pack);

    @Message("This choice of questions has none that a live session can ask (ordering questions are left out).")
    String errNoQuestions();

    @Message("Extra time is ×1, ×1.5 or ×2.")
    String errExtraTime();

    @Message("No player of this session has this number.")
    String errNoPlayer();

    @Message("This class is archived: it can no longer start a live session.")
    String errArchived();

    @Message("Question {n} is still open: close it first.")
    String errStillOpen(int n);

    @Message("Question {n} is closed: reveal it before the next one.")
    String errRevealFirst(int n);

    @Message("No question is open.")
    String errNoneOpen();

    @Message("No question has been asked yet.")
    String errNoneAsked();

    @Message("Question {n} is revealed already.")
    String errRevealedAlready(int n);
}
