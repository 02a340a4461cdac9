package org.sourced.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the class pages (teachers' classes, assignments and dashboards; students' joining and
 * assignments), in English; templates print them as {@code {cls:key}}, Java gets them through {@link UiText}.
 * Armenian and Russian are in {@code messages/cls_hy.properties} and {@code cls_ru.properties}. A bundle of
 * its own for the reason {@link TeachMessages} gives.
 */
@MessageBundle(value = "cls", locale = "en")
public interface ClassMessages {

    // ---- Classes (teacher) ------------------------------------------------------------------------------

    @Message("A class has a join code and a join link: students who have them join, then see what you assign under \"My assignments\".")
    String classesIntro();

    @Message("You have no classes yet.")
    String classesNone();

    @Message("Your classes")
    String classesCaption();

    @Message("Class")
    String colClass();

    @Message("Teacher")
    String colTeacher();

    @Message("Join code")
    String colJoinCode();

    @Message("Students")
    String colStudents();

    @Message("Assignments")
    String colAssignments();

    @Message("archived")
    String classArchived();

    @Message("open")
    String classOpen();

    @Message("Create a class")
    String classesCreate();

    @Message("For example: 10B history, spring term.")
    String classNameHint();

    @Message("Students join with")
    String classJoinWith();

    @Message("A nickname needs no email or password: good for younger students; the browser keeps them signed in.")
    String classJoinWithHint();

    @Message("Create the class")
    String classCreateSubmit();

    @Message("an account (name, email, password)")
    String joinWithAccount();

    @Message("a nickname only")
    String joinWithNickname();

    @Message("Exam: feedback after submitting")
    String optionExam();

    @Message("Practice: feedback after each answer")
    String optionPractice();

    @Message("Refuse: no attempt after closing")
    String optionRefuse();

    @Message("Accept and mark late")
    String optionFlag();

    @Message("The best attempt")
    String optionBest();

    @Message("The last attempt")
    String optionLast();

    @Message("The mean of all attempts")
    String optionMean();

    @Message("As the pack says")
    String optionAsPack();

    @Message("On")
    String optionOn();

    @Message("Off")
    String optionOff();

    @Message("best")
    String scoreBest();

    @Message("last")
    String scoreLast();

    @Message("mean")
    String scoreMean();

    @Message("This class was archived on {time}: its code takes no one, its assignments start no attempt. Results stay here.")
    String classArchivedNotice(String time);

    @Message("Joining")
    String classJoining();

    @Message("Students join with a nickname only.")
    String classJoinsNickname();

    @Message("Students join with an account: new students register with the code.")
    String classJoinsAccount();

    @Message("Join code:")
    String classJoinCodeLabel();

    @Message("Join link:")
    String classJoinLinkLabel();

    @Message("Make a new code")
    String classNewCode();

    @Message("Archive the class")
    String classArchive();

    @Message("A new code stops the old code and link at once; students already in the class stay.")
    String classNewCodeHint();

    @Message("Assign a quiz")
    String classAssign();

    @Message("Nothing assigned yet.")
    String classNothingAssigned();

    @Message("Assignments of {name}")
    String classAssignmentsOf(String name);

    @Message("Assignment")
    String colAssignment();

    @Message("Opens")
    String colOpens();

    @Message("Closes")
    String colCloses();

    @Message("now")
    String classNow();

    @Message("never")
    String classNever();

    @Message("Students ({n})")
    String classStudentsN(int n);

    @Message("No one has joined yet. Give your students the code or the link.")
    String classNoStudents();

    @Message("Students of {name}")
    String classStudentsOf(String name);

    @Message("Joined")
    String colJoined();

    @Message("nickname")
    String classNickname();

    @Message("Remove")
    String classRemove();

    @Message("A removed student cannot join again with the code, and their work leaves this class's results.")
    String classRemovedHint();

    @Message("Assign a quiz to {name}")
    String assignTitle(String name);

    @Message("The quiz keeps the pack as it is today: later changes to the pack do not change this assignment. Times are UTC.")
    String assignIntro();

    @Message("What to assign")
    String assignWhat();

    @Message("Title (optional)")
    String assignTitleField();

    @Message("Students see it in My assignments; empty takes the pack or objective title.")
    String assignTitleHint();

    @Message("Questions per attempt")
    String assignLength();

    @Message("0 asks every question; fewer draws a different set for each attempt.")
    String assignLengthHint();

    @Message("Time limit in minutes (optional)")
    String assignTimeLimit();

    @Message("Opens (UTC, optional)")
    String assignOpens();

    @Message("Empty: open now.")
    String assignOpensHint();

    @Message("Closes (UTC, optional)")
    String assignCloses();

    @Message("Empty: never closes.")
    String assignClosesHint();

    @Message("After closing")
    String assignLate();

    @Message("Attempts allowed (optional)")
    String assignAttempts();

    @Message("Empty: as many as a student likes.")
    String assignAttemptsHint();

    @Message("The score that counts")
    String assignScoreCounts();

    @Message("Negative marking")
    String assignNegativeMarking();

    @Message("Assign")
    String assignSubmit();

    @Message("Joined with a nickname")
    String studentJoinedNickname();

    @Message("{n} {n.pluralEn('attempt', 'attempts')} on {title}")
    String studentAttemptsOn(int n, String title);

    @Message("No attempts yet.")
    String studentNoAttempts();

    @Message("Attempt {n}:")
    String studentAttemptN(int n);

    @Message("not started")
    String statusNotStarted();

    @Message("in progress")
    String statusInProgress();

    @Message("submitted")
    String statusSubmitted();

    @Message("late")
    String statusLate();

    @Message("closed")
    String statusClosed();

    @Message("Started {time}")
    String studentStarted(String time);

    @Message("submitted {time}")
    String studentSubmitted(String time);

    @Message("attempt id {id}")
    String studentAttemptId(long id);

    @Message("Answers in attempt {n}")
    String studentAnswersIn(int n);

    @Message("Answer")
    String colAnswer();

    @Message("Points")
    String colPoints();

    @Message("(right)")
    String studentRight();

    @Message("(not right)")
    String studentNotRight();

    @Message("of {max}")
    String ofMax(String max);

    // ---- Classes (students) and the dashboard -----------------------------------------------------------

    @Message("Nothing is assigned to you yet. Have a join code?")
    String myNothingAssigned();

    @Message("Join a class")
    String myJoinClass();

    @Message("Quizzes assigned to you")
    String myCaption();

    @Message("Status")
    String colStatus();

    @Message("Due")
    String colDue();

    @Message("Action")
    String colAction();

    @Message("{n} minutes")
    String myMinutes(Integer n);

    @Message("no due date")
    String myNoDueDate();

    @Message("opens {time}")
    String myOpens(String time);

    @Message("latest result")
    String myLatestResult();

    @Message("Resume")
    String myResume();

    @Message("Start")
    String myStart();

    @Message("not open yet")
    String myNotOpenYet();

    @Message("closed")
    String myClosed();

    @Message("no attempts left")
    String myNoAttemptsLeft();

    @Message("Join another class")
    String myJoinAnother();

    @Message("Type the join code your teacher gave you.")
    String codeIntro();

    @Message("For example K7QM-3XHD-R9PA; capitals and dashes do not matter.")
    String codeHint();

    @Message("Continue")
    String codeContinue();

    @Message("Join {name}")
    String joinTitle(String name);

    @Message("You are signed in as")
    String joinSignedInAs();

    @Message("Join as {name}")
    String joinAs(String name);

    @Message("Not you? Sign out first, then open this link again.")
    String joinNotYou();

    @Message("Your nickname")
    String joinNickname();

    @Message("Your teacher sees this name. This browser keeps you signed in for 14 days.")
    String joinNicknameHint();

    @Message("Join")
    String joinSubmit();

    @Message("Make a student account to join, or sign in if you have one.")
    String joinMakeAccount();

    @Message("Sign in")
    String joinSignInLink();

    @Message("Register and join")
    String joinRegister();

    @Message("{pack}, version {n}")
    String dashVersion(String pack, int n);

    @Message("(objective {id})")
    String dashObjective(String id);

    @Message("every question")
    String dashEveryQuestion();

    @Message("{n} {n.pluralEn('question', 'questions')} per attempt")
    String dashPerAttempt(int n);

    @Message("opens {time}")
    String dashOpens(String time);

    @Message("opens at once")
    String dashAtOnce();

    @Message("closes {time}")
    String dashCloses(String time);

    @Message("never closes")
    String dashNeverCloses();

    @Message("(late work marked)")
    String dashLateMarked();

    @Message("(late work refused)")
    String dashLateRefused();

    @Message("{n} attempts")
    String dashAttempts(Integer n);

    @Message("unlimited attempts")
    String dashUnlimited();

    @Message("the {#when which}{#is 'best'}best{#is 'last'}last{#else}mean{/when} score counts")
    String dashScoreCounts(String which);

    @Message("certainty-based marking")
    String dashCertainty();

    @Message("Results (CSV)")
    String dashResultsCsv();

    @Message("Question statistics (CSV)")
    String dashStatsCsv();

    @Message("Scores")
    String dashScores();

    @Message("Completed:")
    String dashCompleted();

    @Message("{n} of {total} {total.pluralEn('student', 'students')}")
    String dashCompletedOf(long n, long total);

    @Message("Mean:")
    String dashMean();

    @Message("Median:")
    String dashMedian();

    @Message("Attempts in the question statistics: {n}")
    String dashAttemptsInStats(long n);

    @Message("The score that counts for each student ({#when which}{#is 'best'}best{#is 'last'}last{#else}mean{/when}), in bands of ten percent.")
    String dashHistogramCaption(String which);

    @Message("Students per score band")
    String dashBandsCaption();

    @Message("Questions")
    String dashQuestions();

    @Message("Facility")
    String dashFacility();

    @Message(": the share of the points scored on the question, 0 to 1 (low: hard).")
    String dashFacilityMeans();

    @Message("Discrimination")
    String dashDiscrimination();

    @Message(": how well the question separates students who do well on the rest of the quiz from those who do not, −1 to 1 (below 0: check the key).")
    String dashDiscriminationMeans();

    @Message("How these are worked out")
    String dashHow();

    @Message("Facility per question; red below 0.2.")
    String dashFacilityCaption();

    @Message("Statistics per question")
    String dashStatsCaption();

    @Message("Mean certainty")
    String colMeanCertainty();

    @Message("Reading")
    String colReading();

    @Message("Choices picked")
    String dashChoicesPicked();

    @Message("(facility {facility}, discrimination {discrimination})")
    String dashSummaryIndices(String facility, String discrimination);

    @Message("Answers with each item in its right place (of {n})")
    String dashItemsPlaced(long n);

    @Message("Answers picking each choice (of {n})")
    String dashChoicePicked(long n);

    @Message("Choice")
    String colChoice();

    @Message("Placed right")
    String colPlacedRight();

    @Message("Picked")
    String colPicked();

    @Message("(key)")
    String dashKey();

    @Message("Class mastery per objective")
    String dashMasteryCaption();

    @Message("Points scored")
    String colPointsScored();

    @Message("Of")
    String colOf();

    @Message("Mastery")
    String colMastery();

    @Message("No students in this class yet.")
    String dashNoStudents();

    @Message("Each student's work on this assignment")
    String dashStudentsCaption();

    @Message("Student")
    String colStudent();

    @Message("Submitted")
    String colSubmitted();

    @Message("In progress")
    String colInProgress();

    @Message("Late")
    String colLate();

    @Message("Score ({#when which}{#is 'best'}best{#is 'last'}last{#else}mean{/when})")
    String colScoreCounts(String which);

    @Message("Last submitted")
    String colLastSubmitted();

    @Message("How the numbers are worked out")
    String dashHowHeading();

    @Message("Question statistics use every submitted attempt of the class's current students; scores use one per student, the {#when which}{#is 'best'}best{#is 'last'}last{#else}mean{/when}. For a question, x is its score in an attempt and y the score on the rest of the quiz (the attempt's total minus x). Facility = mean of x ÷ the question's maximum. Discrimination = the correlation of x and y (Moodle's discrimination index, shown here as a fraction instead of × 100); it is not shown with fewer than 2 attempts or when everyone scored the same. Mastery of an objective = the points scored on its questions ÷ the points available. See docs/classes.md.")
    String dashHowText(String which);

    // ---- Classes: more ----------------------------------------------------------------------------------

    @Message("of {n}")
    String ofCount(Integer n);

    // ---- Dashboard charts: the SVG titles and descriptions, the "Reading" notes --------------------------

    @Message("Scores of {n} students")
    String chartScoresTitle(int n);

    @Message("How many students' counted scores fall in each band of ten percent; nobody has submitted yet.")
    String chartScoresNone();

    @Message("How many students' counted scores fall in each band of ten percent; mean {mean}, median {median}.")
    String chartScoresDesc(String mean, String median);

    @Message("Score (%)")
    String chartScoreAxis();

    @Message("Students")
    String chartStudentsAxis();

    @Message("no attempts")
    String chartNoAttempts();

    @Message("Question {n}: how often each choice was picked")
    String chartChoicesTitle(int n);

    @Message("Question {n}: items placed right")
    String chartOrderingTitle(int n);

    @Message("How many of {answered} answers picked each choice; the key is marked (key).")
    String chartChoicesDesc(long answered);

    @Message("For each item, how many of {answered} answers put it in its right place.")
    String chartOrderingDesc(long answered);

    @Message("Facility per question")
    String chartFacilityTitle();

    @Message("The share of the available points students scored on each question, from 0 (nobody) to 1 (everybody); below 0.2 is drawn in red.")
    String chartFacilityDesc();

    @Message("Class mastery per objective")
    String chartMasteryTitle();

    @Message("The share of the available points the class scored on each objective's questions.")
    String chartMasteryDesc();

    @Message("No attempts yet.")
    String readingNone();

    @Message("hard: few scored")
    String readingHard();

    @Message("very easy")
    String readingVeryEasy();

    @Message("weaker students did better: check the key and wording")
    String readingNegative();

    @Message("separates strong from weak students poorly")
    String readingPoor();

    @Message("separates strong from weak students well")
    String readingGood();

    @Message("everyone scored the same here")
    String readingSame();

    // ---- Errors of classes, assignments and joining (UiText; the English is also the JSON API's) -------

    @Message("There is no class with this id among yours.")
    String errNoClass();

    @Message("There is no assignment with this id among your classes.")
    String errNoAssignment();

    @Message("You have no assignment with this id: it is not for a class you are in.")
    String errNotYourAssignment();

    @Message("Give the class a name of 1 to 100 characters.")
    String errClassName();

    @Message("That student is not in this class.")
    String errNotInClass();

    @Message("No class has the join code '{code}'. Check it with your teacher: codes can be changed.")
    String errWrongCode(String code);

    @Message("Too many wrong join codes: wait {seconds} seconds, then check the code with your teacher.")
    String errTooManyCodes(long seconds);

    @Message("Class archived")
    String errArchivedTitle();

    @Message("The class '{name}' is archived: it takes no new students.")
    String errArchivedJoin(String name);

    @Message("The class '{name}' is archived: its assignments are closed.")
    String errArchivedClosed(String name);

    @Message("The class '{name}' is archived: nothing new can be assigned to it.")
    String errArchivedAssign(String name);

    @Message("This class needs an account: register below, or sign in first.")
    String errNeedsAccount();

    @Message("Give a nickname: it is how your teacher will see you.")
    String errNicknameNeeded();

    @Message("Someone in this class already uses the nickname '{nickname}': choose another.")
    String errNicknameTaken(String nickname);

    @Message("You teach this class, so you cannot join it as a student.")
    String errOwnClass();

    @Message("You were removed from the class '{name}': ask your teacher to add you again.")
    String errRemoved(String name);

    @Message("The pack '{pack}' has no objective '{id}'.")
    String errPackNoObjective(String pack, String id);

    @Message("That objective has no questions.")
    String errObjectiveEmpty();

    @Message("You have used all {n} attempts this assignment allows.")
    String errNoAttemptsLeft(int n);

    @Message("This assignment opens at {time}.")
    String errNotOpenYet(String time);

    @Message("This assignment closed at {time}: it takes no more attempts.")
    String errClosed(String time);

    @Message("Choose the pack to assign.")
    String errChoosePack();

    @Message("A title has at most 300 characters.")
    String errAssignTitleLong();

    @Message("The mode is 'practice' (feedback after each answer) or 'exam' (feedback after submitting).")
    String errAssignMode();

    @Message("The number of questions is between 0 (all of them) and {max}.")
    String errAssignLength(int max);

    @Message("The assignment must close after it opens.")
    String errClosesBeforeOpens();

    @Message("Attempts allowed is between 1 and {max} (leave it empty for no limit).")
    String errAttemptsAllowed(int max);

    @Message("The score that counts is 'best', 'last' or 'mean', not '{value}'.")
    String errScoreCounts(String value);

    @Message("Late work is 'refuse' or 'flag', not '{value}'.")
    String errLate(String value);

    @Message("'{value}' is not a whole number.")
    String errNotWholeNumber(String value);

    @Message("'{value}' is not a date and time such as 2026-03-01T09:00.")
    String errNotDateTime(String value);
}
