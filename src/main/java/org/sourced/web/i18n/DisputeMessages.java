package org.sourced.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of disputes, errata and regrades (org.sourced.disputes), in English; templates print them as
 * {@code {dispute:key}}, Java gets them through {@link UiText#dispute}. Armenian and Russian are in
 * {@code messages/dispute_hy.properties} and {@code dispute_ru.properties}. A bundle of its own so that this
 * feature adds no line to the others (docs/i18n.md).
 */
@MessageBundle(value = "dispute", locale = "en")
public interface DisputeMessages {

    // ---- Filing a dispute (result page, practice feedback) ------------------------------------------------

    @Message("Dispute this key")
    String formSummary();

    @Message("Think the key is wrong? Say why, and if you can, which passage of which source supports you. The pack's author reads every dispute and replies here.")
    String formIntro();

    @Message("What is wrong with the key")
    String formReason();

    @Message("At most {max} characters.")
    String formReasonHint(int max);

    @Message("Source that supports you (optional)")
    String formSource();

    @Message("No source")
    String formNoSource();

    @Message("Where in it (optional)")
    String formLocator();

    @Message("A paragraph, an article number or a page.")
    String formLocatorHint();

    @Message("Evidence for your reading (optional)")
    String formEvidenceLegend();

    @Message("Back to question {n}")
    String formBackToQuestion(int n);

    @Message("Back to the lesson")
    String formBackToLesson();

    @Message("Back to the live game")
    String formBackToLive();

    @Message("Send the dispute")
    String formSend();

    @Message("Your dispute was sent. The pack's author will reply on this page.")
    String filed();

    @Message("Your dispute was sent; the game goes on. The pack's author will reply on the page of your disputes.")
    String filedLive();

    @Message("Your disputes of this key")
    String yours();

    @Message("Open: waiting for the author")
    String statusOpen();

    @Message("Rejected: the key stands")
    String statusRejected();

    @Message("Clarified in an erratum")
    String statusClarified();

    @Message("Corrected in an erratum")
    String statusCorrected();

    @Message("The author's reply")
    String reply();

    @Message("Regraded on {day}: {from} → {to}, erratum #{erratum}")
    String regraded(String day, String from, String to, int erratum);

    @Message("Your disputes")
    String mineTitle();

    @Message("Every key you disputed, newest first, with its status and the author's reply. Only you see this list.")
    String mineIntro();

    @Message("You have not disputed a key yet. A result page has a \"Dispute this key\" form under each question.")
    String mineEmpty();

    @Message("Regrades of your attempts")
    String mineRegrades();

    @Message("None of your scores has been changed by a correction.")
    String mineNoRegrades();

    @Message("Your disputes and regrades")
    String mineLink();

    // ---- The author's queue -------------------------------------------------------------------------------

    @Message("Disputes")
    String queueTitle();

    @Message("What readers think is wrong with the keys of this pack, by question, open ones first. Reject one with a reply the student sees, or change the question: a clarification rewrites the explanation or evidence, a correction changes the key or the points. Both publish a new version of the pack with a public erratum.")
    String queueIntro();

    @Message("No one has disputed a key of this pack.")
    String queueEmpty();

    @Message("Question {id}")
    String queueQuestion(String id);

    @Message("Open: {open}. All: {total}.")
    String queueCounts(long open, int total);

    @Message("Filed")
    String queueFiled();

    @Message("Reason")
    String queueReason();

    @Message("Source and place")
    String queueSource();

    @Message("Status")
    String queueStatus();

    @Message("Decide dispute {id}")
    String decideLegend(long id);

    @Message("Reject: the key stands")
    String decideReject();

    @Message("Clarify: the explanation or evidence changes, the key stays")
    String decideClarify();

    @Message("Correct: the key or the points change")
    String decideCorrect();

    @Message("Reply to the student (for a change, also the erratum's reason)")
    String decideReply();

    @Message("New key: choice ids separated by spaces (a correction)")
    String decideKey();

    @Message("The key now: {key}")
    String decideKeyNow(String key);

    @Message("Choice ids: {choices}")
    String decideChoices(String choices);

    @Message("Points (a correction; empty keeps them)")
    String decidePoints();

    @Message("New explanation (empty keeps it)")
    String decideExplanation();

    @Message("What changed, in one sentence (empty: made from the change)")
    String decideSummary();

    @Message("Decide")
    String decideSend();

    @Message("Rejected. The student sees your reply.")
    String decidedRejected();

    @Message("Erratum #{n} is published with a new version of the pack.")
    String decidedErratum(int n);

    @Message("Regrade")
    String regradeTitle();

    @Message("After a correction, mark again every submitted attempt that answered the question in an earlier version. First see what would change; nothing is regraded twice.")
    String regradeIntro();

    @Message("Corrected question")
    String regradeQuestion();

    @Message("Show what would change")
    String regradeDryRun();

    @Message("Regrade now")
    String regradeConfirm();

    @Message("What a regrade under erratum #{n} would do")
    String regradePreview(int n);

    @Message("Regraded under erratum #{n}")
    String regradeDone(int n);

    @Message("Attempts checked: {checked}. Attempts whose score changes: {attempts}. Students: {students}.")
    String regradeCounts(int checked, int attempts, int students);

    @Message("No attempt's score would change.")
    String regradeNothing();

    @Message("Back to the disputes")
    String regradeBack();

    @Message("Attempt")
    String regradeAttempt();

    @Message("Student")
    String regradeStudent();

    @Message("Question before → after")
    String regradeItem();

    @Message("Score before → after")
    String regradeScore();

    @Message("anonymous")
    String anonymous();

    // ---- Errata page --------------------------------------------------------------------------------------

    @Message("Errata")
    String errataTitle();

    @Message("Every change made to a published question of this pack, newest first. Earlier versions stay as they were; attempts on them may have been regraded.")
    String errataIntro();

    @Message("No errata: no question of this pack has been changed after publication.")
    String errataEmpty();

    @Message("Erratum #{n}")
    String erratum(int n);

    @Message("Clarification")
    String kindClarify();

    @Message("Correction")
    String kindCorrect();

    @Message("Question")
    String erratumQuestion();

    @Message("What changed")
    String erratumWhat();

    @Message("Why")
    String erratumWhy();

    @Message("When")
    String erratumWhen();

    @Message("Published in version {version}")
    String erratumVersion(int version);

    @Message("Prompted by a reader's dispute")
    String erratumFromDispute();

    // ---- Errors -------------------------------------------------------------------------------------------

    @Message("Too many disputes from here for now. Try again in {minutes} min.")
    String errTooMany(long minutes);

    @Message("Say what is wrong with the key.")
    String errReasonMissing();

    @Message("The reason is longer than {max} characters.")
    String errReasonTooLong(int max);

    @Message("The place in the source is longer than {max} characters.")
    String errLocatorTooLong(int max);

    @Message("This pack has no source '{source}'.")
    String errNoSuchSource(String source);

    @Message("There is no question '{questionId}' here.")
    String errNoQuestion(String questionId);

    @Message("The key of this question has not been shown yet: check your answer or submit the attempt first.")
    String errKeyNotShown();

    @Message("The key of question {n} has not been revealed yet: wait until your teacher shows it.")
    String errLiveKeyNotShown(int n);

    @Message("Only the learner who made this attempt may dispute its keys.")
    String errNotYourAttempt();

    @Message("There is no dispute {id}.")
    String errNoDispute(long id);

    @Message("This dispute is already decided ({status}).")
    String errDecided(String status);

    @Message("Write a reply for the student.")
    String errReplyMissing();

    @Message("The reply is longer than {max} characters.")
    String errReplyTooLong(int max);

    @Message("Decide with reject, clarify or correct, not '{decision}'.")
    String errDecision(String decision);

    @Message("Only the author of pack '{packId}' or an admin decides its disputes.")
    String errNotAuthor(String packId);

    @Message("Say what changes: a key, points, an explanation or evidence.")
    String errChangeMissing();

    @Message("The change changes nothing in the question.")
    String errChangesNothing();

    @Message("A clarification keeps the key and the points; decide 'correct' to change them.")
    String errClarifyChangesKey();

    @Message("A correction changes the key or the points; decide 'clarify' for the explanation or evidence alone.")
    String errCorrectKeepsKey();

    @Message("Points are a whole number from 1 to 100.")
    String errPointsRange();

    @Message("The key '{given}' is not made of this question's choices ({choices}).")
    String errKeyNotChoices(String given, String choices);

    @Message("This question takes one choice as its key, not '{given}'.")
    String errKeyOne(String given);

    @Message("An ordering key lists every item once, in the right order: {items}.")
    String errKeyOrder(String items);

    @Message("The key of a {type} question is changed in the editor.")
    String errKeyType(String type);

    @Message("Question '{questionId}' is no longer in the pack's current version.")
    String errQuestionGone(String questionId);

    @Message("The file {path} holds entries the editor cannot write back; change it in the editor.")
    String errFileNotRewritable(String path);

    @Message("With this change the pack does not read: {problems}")
    String errChangeProblems(String problems);

    @Message("Name the corrected question to regrade.")
    String errRegradeQuestion();

    @Message("Question '{questionId}' has no correction to regrade by.")
    String errNoCorrection(String questionId);
}
