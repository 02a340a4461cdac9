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
    String errLiveNicknameTaken(String nickname);

    @Message("A PIN is six digits.")
    String errPinShape();

    @Message("Only the students of this class can join: sign in with your student account.")
    String errClassOnly();

    @Message("You are not a student of this session's class.")
    String errLiveNotInClass();

    @Message("The host removed you from this session.")
    String errLiveRemoved();

    @Message("Join the session first: send the token that POST /api/live/join returned, as 'Authorization: Bearer lv_...'.")
    String errLiveNoToken();

    @Message("This token does not belong to a player of this session.")
    String errForeignToken();

    @Message("Too late: question {n} closed at {time} UTC, and your answer was not counted.")
    String errLiveLate(int n, String time);

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
    String errLiveCertainty();

    @Message("Seconds per question: from {min} to {max}.")
    String errSeconds(int min, int max);

    @Message("The number of questions cannot be negative.")
    String errLength();

    @Message("Choose an objective or a set, not both.")
    String errScopeBoth();

    @Message("No published pack has the id {pack}.")
    String errLiveNoPack(String pack);

    @Message("This choice of questions has none that a live session can ask (ordering questions are left out).")
    String errLiveNoQuestions();

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

    @Message("There is no host step {step}: the steps are next, close, reveal and end.")
    String errNoStep(String step);

    @Message("Only the host's teacher account can follow this session as its host.")
    String errNotHost();

    @Message("{value} is not a whole number.")
    String errLiveWholeNumber(String value);

    // ---- The start form -------------------------------------------------------------------------------------

    @Message("Live")
    String navLive();

    @Message("Start a live session")
    String startTitle();

    @Message("The class plays together from their phones while the projector shows the question; every question ends on its evidence.")
    String startIntro();

    @Message("Questions from")
    String startWhat();

    @Message("{pack}: the whole pack ({count} {count.pluralEn('question', 'questions')})")
    String startWhole(String pack, int count);

    @Message("{pack}: {objective} ({count} {count.pluralEn('question', 'questions')})")
    String startObjective(String pack, String objective, long count);

    @Message("{pack}: set {set} ({count} {count.pluralEn('question', 'questions')})")
    String startSet(String pack, String set, long count);

    @Message("Number of questions")
    String startLength();

    @Message("0 asks every question of the choice, in a random order.")
    String startLengthHint();

    @Message("Seconds per question")
    String startSeconds();

    @Message("From 5 to 300; empty means 20.")
    String startSecondsHint();

    @Message("Speed points")
    String startSpeedPoints();

    @Message("A faster right answer earns up to twice the question's points.")
    String startSpeedPointsHint();

    @Message("Peer instruction")
    String startPeerInstruction();

    @Message("Each question is voted on twice: the class sees the first vote without the key, discusses, and votes again.")
    String startPeerInstructionHint();

    @Message("Class")
    String startClass();

    @Message("No class: anyone with the PIN joins with a nickname")
    String startNoClass();

    @Message("With a class, only its students join, signed in, and the session counts as an attempt of each student who played.")
    String startClassHint();

    @Message("Start the session")
    String startSubmit();

    // ---- The host's screen ----------------------------------------------------------------------------------

    @Message("Live: {title}")
    String hostTitle(String title);

    @Message("{title} · PIN {pin}")
    String hostMeta(String title, String pin);

    @Message("Join the game")
    String hostLobbyHeading();

    @Message("PIN")
    String hostPinLabel();

    @Message("Open this address on your phone and type the PIN:")
    String hostJoinAt();

    @Message("Or scan the code: it opens the address with the PIN filled in.")
    String hostQrCaption();

    @Message("QR code of {url}")
    String qrTitle(String url);

    @Message("Players ({n})")
    String hostPlayers(int n);

    @Message("Nobody has joined yet.")
    String hostNoPlayers();

    @Message("extra time ×{factor}")
    String hostExtraTimeTag(String factor);

    @Message("Extra time for {nickname}")
    String hostExtraTimeFor(String nickname);

    @Message("Set extra time")
    String hostExtraTime();

    @Message("Remove")
    String hostRemove();

    @Message("Start the first question")
    String hostStart();

    @Message("Refresh")
    String liveRefresh();

    @Message("Question {n} of {total}")
    String hostQuestionOf(int n, int total);

    @Message("second vote")
    String revote();

    @Message("Time left:")
    String timeLeft();

    @Message("s")
    String secondsUnit();

    @Message("{answered} of {players} answered")
    String hostAnswered(long answered, int players);

    @Message("Close now")
    String hostClose();

    @Message("Reveal the answer")
    String hostReveal();

    @Message("First vote")
    String hostFirstVote();

    @Message("Discuss with your neighbours which answer the evidence supports, then vote again.")
    String hostDiscuss();

    @Message("Open the second vote")
    String hostRevote();

    @Message("Votes")
    String hostVotes();

    @Message("{moved} {moved.pluralEn('player', 'players')} moved to the key in the second vote.")
    String hostMoved(long moved);

    @Message("Top five")
    String hostLeaderboard();

    @Message("Next question")
    String hostNext();

    @Message("Finish the session")
    String hostFinish();

    @Message("End the session now")
    String hostEnd();

    @Message("The session is over")
    String hostEndedHeading();

    @Message("Final standings")
    String hostFinalStandings();

    @Message("Choice")
    String colLiveChoice();

    @Message("Votes")
    String colVotes();

    @Message("Rank")
    String colLiveRank();

    @Message("Nickname")
    String colLiveNickname();

    @Message("Score")
    String colLiveScore();

    @Message("the key")
    String keyMark();

    @Message("No one has played yet.")
    String noPlayersYet();

    @Message("Votes on question {n}")
    String chartVotes(int n);

    @Message("First vote on question {n}")
    String chartFirstVote(int n);

    @Message("How many players picked each choice; the key's bars are green. The table beside it has the same numbers.")
    String chartVotesDesc();

    @Message("{count} (the key)")
    String chartKeyCount(long count);

    @Message("{n} {n.pluralEn('player', 'players')} in the lobby.")
    String statusLobby(int n);

    @Message("Question {n} is open: {left} seconds.")
    String liveStatusOpen(int n, long left);

    @Message("Question {n} is closed.")
    String liveStatusClosed(int n);

    @Message("Question {n}: the answer is revealed.")
    String statusRevealed(int n);

    @Message("The session is over.")
    String statusEnded();

    // ---- The player's phone ---------------------------------------------------------------------------------

    @Message("Join a live session")
    String liveJoinTitle();

    @Message("PIN")
    String joinPin();

    @Message("The six digits on the projector.")
    String joinPinHint();

    @Message("Nickname")
    String liveJoinNickname();

    @Message("Up to {max} characters; it is shown to the class.")
    String liveJoinNicknameHint(int max);

    @Message("Signed in as {name}: a class's session takes your account, and the nickname is then optional.")
    String joinSignedIn(String name);

    @Message("A class's session takes only its students: sign in first.")
    String joinClassHint();

    @Message("Join")
    String liveJoinSubmit();

    @Message("Live: {title}")
    String playTitle(String title);

    @Message("{nickname} · {title}")
    String playMeta(String nickname, String title);

    @Message("You are in, {nickname}")
    String playLobbyHeading(String nickname);

    @Message("Wait for the host to start the first question.")
    String playLobbyWait();

    @Message("Question {n} of {total}")
    String playQuestionOf(int n, int total);

    @Message("Send my answer")
    String playAnswer();

    @Message("Your answer is in. Wait for the reveal.")
    String playAnswerIn();

    @Message("Answers are closed. Your answer is in; wait for the reveal.")
    String playClosedAnswered();

    @Message("Answers are closed, and you did not answer this one.")
    String playClosedUnanswered();

    @Message("You scored {points} of {max} points on this question.")
    String playPoints(String points, String max);

    @Message("You did not answer this question: 0 points.")
    String playNoAnswer();

    @Message("Your score: {score}, rank {rank} of {players}.")
    String playScore(String score, int rank, int players);

    @Message("The session is over")
    String playEndedHeading();

    @Message("Your final score: {score}, rank {rank} of {players}.")
    String playFinal(String score, int rank, int players);

    // ---- The host's results -----------------------------------------------------------------------------

    @Message("Results: {title}")
    String resultsTitle(String title);

    @Message("Back to the session")
    String resultsBack();

    @Message("Download the results (CSV)")
    String resultsCsv();

    @Message("This session is kept in the class's results as an assignment: its statistics, each student's answers and the CSVs.")
    String resultsInClass();

    @Message("Open the class's results")
    String resultsClassLink();

    @Message("Players")
    String resultsPlayers();

    @Message("Questions asked")
    String resultsQuestions();

    @Message("No question has been revealed yet.")
    String resultsNoQuestions();

    @Message("removed")
    String resultsRemoved();

    @Message("Answers")
    String colLiveAnswers();

    @Message("Answered")
    String colLiveAnswered();

    @Message("See the results")
    String hostResults();
}
