package org.sourced.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the pages, in English. Templates print them as {@code {msg:key}} or {@code {msg:key(arg)}};
 * Java gets them from {@link UiLanguage#messages()}. Armenian and Russian are in
 * {@code src/main/resources/messages/msg_hy.properties} and {@code msg_ru.properties}, one line per method.
 * <p>
 * Messages are plain text: the page escapes them, so no markup here. A message is a Qute template, so it
 * may use its parameters, {@code {#if}} and the plural helpers in {@link Plurals}. docs/i18n.md explains
 * how to add one.
 */
@MessageBundle(locale = "en")
public interface Messages {

    // ---- Layout ---------------------------------------------------------------------------------

    @Message("Skip to content")
    String skipToContent();

    @Message("Main")
    String navMain();

    @Message("Packs")
    String packs();

    @Message("My progress")
    String myProgress();

    @Message("Teach")
    String navTeach();

    @Message("Classes")
    String navClasses();

    @Message("My assignments")
    String navMyAssignments();

    @Message("Accounts")
    String accounts();

    @Message("Sign out")
    String signOut();

    @Message("Sign in")
    String signIn();

    @Message("Sourced: every answer key cites its evidence.")
    String footerTagline();

    @Message("API")
    String footerApi();

    @Message("Language")
    String language();

    @Message("Switch")
    String languageSwitch();

    @Message("Sourced does not speak '{tag}': choose English, Armenian or Russian.")
    String languageUnknown(String tag);

    // ---- Shared words -----------------------------------------------------------------------------

    /** Ends a sentence that closes with data, e.g. after an inline code; Armenian uses "։". */
    @Message(".")
    String fullStop();

    @Message("Practice")
    String modePractice();

    @Message("Exam")
    String modeExam();

    @Message("Live session")
    String modeLive();

    @Message("{n} {n.pluralEn('lesson', 'lessons')}")
    String lessonCount(int n);

    @Message("{n} {n.pluralEn('question', 'questions')}")
    String questionCount(int n);

    @Message("Question {n}")
    String questionN(int n);

    @Message("Question {n} of {total}")
    String questionOf(int n, int total);

    @Message("{score} of {max}")
    String scoreOf(String score, String max);

    @Message("due {time}")
    String due(String time);

    @Message("Lessons")
    String lessons();

    @Message("Sources")
    String sources();

    @Message("Test yourself")
    String testYourself();

    @Message("Check my answer")
    String checkAnswer();

    @Message("Choose an answer before checking it.")
    String chooseAnswerFirst();

    @Message("'{id}' is not a choice of this question.")
    String answerNotAChoice(String id);

    @Message("This question takes one answer, not {n}.")
    String answerOnlyOne(int n);

    @Message("Give each item a position number, not '{raw}'.")
    String answerRankNotANumber(String raw);

    @Message("Give every item a position, 1 to {n}.")
    String answerRankMissing(int n);

    @Message("Use each position from 1 to {n} exactly once.")
    String answerRankTwice(int n);

    @Message("Back to the pack")
    String backToPack();

    // ---- Table headings ---------------------------------------------------------------------------

    @Message("Question")
    String colQuestion();

    @Message("State")
    String colState();

    @Message("Objective")
    String colObjective();

    @Message("Score")
    String colScore();

    @Message("Percent")
    String colPercent();

    @Message("Certainty")
    String colCertainty();

    @Message("Answers")
    String colAnswers();

    @Message("Right")
    String colRight();

    @Message("Started")
    String colStarted();

    @Message("Pack")
    String colPack();

    @Message("Mode")
    String mode();

    @Message("Result")
    String colResult();

    @Message("Name")
    String colName();

    @Message("Email")
    String colEmail();

    @Message("Role")
    String colRole();

    @Message("Actions")
    String colActions();

    @Message("Created")
    String colCreated();

    @Message("Last used")
    String colLastUsed();

    // ---- Home -----------------------------------------------------------------------------------

    @Message("Lessons and quizzes with their evidence")
    String homeHeading();

    @Message("Every answer key in Sourced cites the passage that backs it: read a lesson, test yourself, and see why each answer is right.")
    String homeLede();

    @Message("No packs are published yet. An administrator adds them under content/packs/ or in the browser.")
    String homeNoPacks();

    @Message("Language: {name}")
    String packLanguage(String name);

    /** Before the names of a translated pack's languages on the home page. */
    @Message("Languages:")
    String packLanguagesLabel();

    @Message("version {n}")
    String packVersionNo(int n);

    // ---- Pack page ------------------------------------------------------------------------------

    @Message("version {n} ({label})")
    String packVersion(int n, String label);

    @Message("licence {licence}")
    String packLicence(String licence);

    /** Before the list of authors; the count lets a language choose singular or plural. */
    @Message("by")
    String packBy(int count);

    @Message("No lesson yet; {n} {n.pluralEn('question', 'questions')}.")
    String packNoLesson(int n);

    @Message("What to practise")
    String packWhat();

    @Message("The whole pack ({n} {n.pluralEn('question', 'questions')})")
    String packWhole(int n);

    /** After a set's title in the list of what to practise. */
    @Message("question set")
    String packSetKind();

    @Message("How many questions")
    String packHowMany();

    @Message("All")
    String packAll();

    @Message("Practice: see the answer and its evidence after each question")
    String packPractice();

    @Message("Exam: answers and evidence at the end")
    String packExam();

    @Message("Time limit for an exam, in minutes (leave empty for none)")
    String packTimeLimit();

    @Message("Scoring")
    String packScoring();

    @Message("Partial credit on multiple-answer questions")
    String packPartialCredit();

    @Message("Negative marking for wrong single answers")
    String packNegativeMarking();

    @Message("Certainty-based marking: say how sure you are")
    String packCertainty();

    @Message("Nickname (optional)")
    String packNickname();

    @Message("Start")
    String packStart();

    @Message("The answer keys cite these texts. Kinds matter: a report tells what happened, a commentary argues, a fact-check tests a claim, a primary document is the record itself, and a reader comment is an opinion, not evidence.")
    String packSourcesIntro();

    @Message("read it")
    String packReadIt();

    /** The label of a pack's language switch (on the pack, lesson and question pages of a translated pack). */
    @Message("Language of this pack")
    String packLanguageLabel();

    @Message("Show")
    String packLanguageSwitch();

    @Message("This pack is not available in “{tag}”; it is in {languages}.")
    String packLanguageUnknown(String tag, String languages);

    // ---- Source kinds (the tag beside a source) -------------------------------------------------

    @Message("report")
    String kindReport();

    @Message("commentary")
    String kindCommentary();

    @Message("fact-check")
    String kindFactCheck();

    @Message("primary")
    String kindPrimary();

    @Message("comment")
    String kindComment();

    // ---- Lesson ---------------------------------------------------------------------------------

    @Message("Breadcrumb")
    String breadcrumb();

    @Message("Lesson")
    String lesson();

    @Message("Checkpoint question")
    String checkpointQuestion();

    @Message("Checkpoint")
    String checkpoint();

    @Message("Sources for this lesson")
    String lessonSources();

    @Message("Next:")
    String lessonNext();

    @Message("Test yourself on this pack")
    String lessonTestYourself();

    // ---- A question's fields --------------------------------------------------------------------

    @Message("Choose one answer.")
    String instructionSingle();

    @Message("Select every answer that applies.")
    String instructionMultiple();

    @Message("Number the items in order, 1 for the first.")
    String instructionOrdering();

    @Message("Choose the verdict the evidence supports.")
    String instructionClaimCheck();

    @Message("Select every passage that establishes it, or the choice that says none does.")
    String instructionEvidenceChoice();

    /** Hidden text before an item's words on the number input of an ordering question. */
    @Message("Position of")
    String positionOf();

    @Message("Move up")
    String moveUp();

    @Message("Move down")
    String moveDown();

    @Message("Supported by the record")
    String verdictSupported();

    @Message("Refuted by the record")
    String verdictRefuted();

    @Message("Not in the evidence")
    String verdictNotInEvidence();

    @Message("True")
    String choiceTrue();

    @Message("False")
    String choiceFalse();

    // ---- Feedback -------------------------------------------------------------------------------

    @Message("Right.")
    String feedbackRight();

    @Message("Partly right ({percent}%).")
    String feedbackPartly(int percent);

    @Message("Not right.")
    String feedbackWrong();

    @Message("The right order:")
    String feedbackOrder();

    @Message("The answer:")
    String feedbackAnswer();

    @Message("Evidence")
    String evidence();

    // ---- Question page --------------------------------------------------------------------------

    @Message("due {time} ({minutes} min left)")
    String questionDue(String time, long minutes);

    @Message("Time is up. The answers you stored before the deadline are kept; submit to see your result.")
    String questionTimeUp();

    @Message("Say how sure you are: certainty 1, 2 or 3.")
    String certaintyNeeded();

    @Message("How sure are you?")
    String certaintyLegend();

    @Message("Not sure (right +1, wrong 0)")
    String certainty1();

    @Message("Fairly sure (right +2, wrong −2)")
    String certainty2();

    @Message("Very sure (right +3, wrong −6)")
    String certainty3();

    @Message("← Previous")
    String previous();

    @Message("Next →")
    String next();

    @Message("Unflag")
    String unflag();

    @Message("Flag for review")
    String flag();

    @Message("Finish…")
    String finish();

    @Message("Go to submit")
    String goToSubmit();

    @Message("Question map")
    String questionMap();

    @Message("{n} of {total} answered")
    String answeredOf(int n, int total);

    /** The accessible name of a square in the question map. */
    @Message("Question {n}{#if answered}, answered{#else}, not answered{/if}{#if flagged}, flagged{/if}")
    String mapItem(int n, boolean answered, boolean flagged);

    @Message("You can close this page and come back: your answers are stored as you go. Keep this page's address to resume on another device.")
    String questionResumeHint();

    // ---- Review and submit ----------------------------------------------------------------------

    @Message("Review and submit")
    String summaryTitle();

    @Message("You answered {answered} of {total} {total.pluralEn('question', 'questions')}.")
    String summaryAnswered(int answered, int total);

    @Message("Unanswered questions score nothing.")
    String summaryUnanswered();

    @Message("Your questions")
    String summaryCaption();

    @Message("Answered")
    String stateAnswered();

    @Message("Not answered")
    String stateNotAnswered();

    @Message("flagged")
    String stateFlagged();

    @Message("Submit and see my result")
    String summarySubmit();

    @Message("Back to the questions")
    String summaryBack();

    // ---- Result ---------------------------------------------------------------------------------

    @Message("Result")
    String resultTitle();

    @Message("Your result: {score} of {max} ({percent}%)")
    String resultHeading(String score, String max, String percent);

    @Message("time taken {#if minutes > 0}{minutes} min {/if}{seconds} s")
    String resultTimeTaken(long minutes, long seconds);

    @Message("submitted {time}")
    String resultSubmitted(String time);

    @Message("This page's address is a read-only link to this result: share it with a teacher or a friend.")
    String resultShareHint();

    @Message("By objective")
    String resultByObjective();

    @Message("How well you judged your certainty")
    String resultCalibration();

    @Message("Practise the {n} I missed")
    String resultPractiseMissed(int n);

    @Message("Every question")
    String resultEveryQuestion();

    @Message("Your answer:")
    String resultYourAnswer();

    @Message("not answered")
    String resultNotAnswered();

    @Message("certainty {n}")
    String resultCertainty(int n);

    @Message("{points} of {max} points")
    String pointsOf(String points, String max);

    // ---- My progress ----------------------------------------------------------------------------

    @Message("You are practising without an account: this browser keeps your attempts and review boxes until it closes.")
    String progressAnonymous();

    @Message("Sign in to keep them.")
    String progressSignInToKeep();

    @Message("Due for review")
    String progressDue();

    @Message("Nothing yet: finish a quiz and the questions go into review boxes. A question you get right comes back after 1, 2, 4, 8, then 16 days; one you miss comes back tomorrow.")
    String progressNothingDue();

    @Message("{due} of {total} {total.pluralEn('question', 'questions')} due today")
    String progressDueToday(int due, int total);

    @Message("Review {n} now")
    String progressReviewNow(int n);

    @Message("Attempts")
    String progressAttempts();

    @Message("No attempts yet.")
    String progressNoAttempts();

    @Message("Pick a pack to start.")
    String progressPickPack();

    @Message("Resume ({n} {n.pluralEn('question', 'questions')})")
    String progressResume(int n);

    // ---- Accounts -------------------------------------------------------------------------------

    @Message("Invite a teacher: create a one-time link (valid for 7 days) and send it to them.")
    String accountsInviteIntro();

    @Message("Create an invite link")
    String accountsCreateInvite();

    @Message("Send this link to the teacher (it works once):")
    String accountsSendLink();

    @Message("All accounts")
    String accountsCaption();

    @Message("admin")
    String roleAdmin();

    @Message("teacher")
    String roleTeacher();

    @Message("student")
    String roleStudent();

    @Message("active")
    String accountActive();

    @Message("disabled")
    String accountDisabled();

    @Message("Enable")
    String accountEnable();

    @Message("Disable")
    String accountDisable();

    @Message("Your name")
    String formYourName();

    @Message("Email")
    String formEmail();

    @Message("Password")
    String formPassword();

    @Message("At least 10 characters.")
    String formPasswordHint();

    @Message("Create your teacher account")
    String inviteTitle();

    @Message("Create my account")
    String inviteSubmit();

    @Message("Teachers and students with an account sign in here.")
    String loginIntro();

    @Message("To practise without an account, just pick a pack.")
    String loginWithoutAccount();

    @Message("Change password")
    String passwordTitle();

    @Message("Change your password")
    String passwordHeading();

    @Message("Your password is changed. Every other browser signed in as you has been signed out.")
    String passwordChanged();

    @Message("Current password")
    String passwordCurrent();

    @Message("New password")
    String passwordNew();

    @Message("Set up Sourced")
    String setupTitle();

    @Message("No administrator exists yet. The account you create here becomes the administrator; this page disappears once it exists.")
    String setupIntro();

    @Message("Create the administrator")
    String setupSubmit();

    @Message("API tokens")
    String tokensTitle();

    @Message("A token lets a script use the API as you: send it as")
    String tokensIntro();

    @Message("See the API description.")
    String tokensSeeApi();

    @Message("Your new token, shown this once: copy it now.")
    String tokensNew();

    @Message("What is this token for?")
    String tokensName();

    @Message("For example: gradebook export script.")
    String tokensNameHint();

    @Message("Create a token")
    String tokensCreate();

    @Message("Your tokens")
    String tokensYours();

    @Message("You have no tokens.")
    String tokensNone();

    @Message("never")
    String tokensNever();

    @Message("Revoke")
    String tokensRevoke();

    // ---- Errors ---------------------------------------------------------------------------------

    @Message("Not found")
    String errorNotFound();

    @Message("There is nothing at this address.")
    String errorNothingHere();

    @Message("Back to the packs")
    String errorBackToPacks();

    @Message("Something went wrong")
    String errorServer();

    @Message("The server could not finish this request. Nothing you submitted before this page is lost.")
    String errorServerBody();

    @Message("If it happens again, give the administrator this incident code:")
    String errorIncident();

    @Message("Bad request")
    String errorBadRequest();

    @Message("Not signed in")
    String errorNotSignedIn();

    @Message("Not allowed")
    String errorNotAllowed();

    @Message("Your account may not open this page.")
    String errorNotAllowedMessage();

    @Message("Out of date")
    String errorOutOfDate();

    @Message("Cannot use that")
    String errorCannotUse();

    @Message("Too many tries")
    String errorTooManyTries();

    // ---- Errors from the quiz, lesson and account services (UiText; the English is also the JSON API's) ----

    @Message("There is no pack '{id}'.")
    String errNoPack(String id);

    @Message("There is no published pack '{id}'.")
    String errNoPublishedPack(String id);

    @Message("Pack '{pack}' has no lesson '{id}'.")
    String errNoLesson(String pack, String id);

    @Message("Lesson '{lesson}' has no checkpoint '{id}'.")
    String errNoCheckpoint(String lesson, String id);

    @Message("Mode must be 'practice' or 'exam', not '{mode}'.")
    String errMode(String mode);

    @Message("A time limit is between 1 and {max} minutes.")
    String errTimeLimit(int max);

    @Message("The number of questions cannot be negative.")
    String errLengthNegative();

    @Message("A nickname has at most 60 characters.")
    String errNicknameTooLong();

    @Message("That selection holds no questions.")
    String errEmptySelection();

    @Message("That pack version no longer exists.")
    String errVersionGone();

    @Message("Nothing in this pack is due for review today.")
    String errNothingDue();

    @Message("Pack '{pack}' has no objective '{id}'.")
    String errNoObjectiveIn(String pack, String id);

    @Message("Pack '{pack}' has no set '{id}'.")
    String errNoSet(String pack, String id);

    @Message("Choose the whole pack, an objective or a set, not '{scope}'.")
    String errScope(String scope);

    @Message("There is no attempt at this address.")
    String errNoAttempt();

    @Message("There is no result at this address.")
    String errNoResult();

    @Message("This attempt has no question {n}.")
    String errNoQuestionAt(int n);

    @Message("This attempt has questions 1 to {total}, not {n}.")
    String errQuestionRange(int total, int n);

    @Message("Certainty is 1, 2 or 3.")
    String errCertainty();

    @Message("Choose an answer before checking it.")
    String errChooseBeforeCheck();

    @Message("This attempt was already submitted: it was submitted at {time}, and answers can no longer change.")
    String errSubmitted(String time);

    @Message("Time is up for this attempt (the deadline was {time}): your answers stored before then are kept; submit to see your result.")
    String errTimeUp(String time);

    @Message("Question {n} was already answered in this practice attempt; its answer stays.")
    String errAlreadyChecked(int n);

    @Message("This answer came from an older page (sequence {posted}, but {accepted} was already accepted), so it was not stored. The current state is shown.")
    String errStaleSeq(long posted, long accepted);

    @Message("Nothing was missed in this attempt: every question was answered right.")
    String errNothingMissed();

    @Message("The form is missing '{name}'.")
    String errFormMissing(String name);

    @Message("'{name}' must be a whole number, not '{value}'.")
    String errWholeNumber(String name, String value);

    @Message("The form is missing its sequence number: reload the page and answer again.")
    String errNoSeq();

    @Message("This token does not open this attempt.")
    String errTokenNotThisAttempt();

    @Message("This attempt belongs to another account: sign in as its owner to open it.")
    String errAttemptNotYours();

    @Message("'{email}' is not an email address.")
    String errNotEmail(String email);

    @Message("Give a name of 1 to 100 characters.")
    String errNameLength();

    @Message("An account with the email {email} exists already.")
    String errEmailTaken(String email);

    @Message("Give a nickname of 1 to 60 characters.")
    String errNicknameLength();

    @Message("A password has at least {min} characters.")
    String errPasswordShort(int min);

    @Message("A password has at most 72 characters (bcrypt reads no further).")
    String errPasswordLong();

    @Message("Too many failed sign-ins: wait {seconds} seconds and try again.")
    String errTooManySignIns(long seconds);

    @Message("That email and password do not match an account.")
    String errSignInWrong();

    @Message("This account is disabled: ask your administrator.")
    String errAccountDisabled();

    @Message("Your current password is not right.")
    String errCurrentPassword();

    @Message("You cannot disable your own account.")
    String errDisableSelf();

    @Message("No such account.")
    String errNoAccount();

    @Message("This invite link was used already or has expired: ask for a new one.")
    String errInviteUsed();

    @Message("Name the token (1 to 100 characters) so you can tell it apart later.")
    String errTokenName();

    @Message("You have no such token.")
    String errNoToken();

    @Message("Sourced is already set up: sign in instead.")
    String errAlreadySetUp();

    @Message("This form was sent from another site ({origin}), so it was refused.")
    String errOtherSite(String origin);
}
