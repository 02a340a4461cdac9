package org.sourced.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the teacher's pages (pack authoring, the lesson and question editors), in English; templates
 * print them as {@code {teach:key}}, Java gets them from {@link UiLanguage#teach()} or through {@link UiText}.
 * Armenian and Russian are in {@code messages/teach_hy.properties} and {@code teach_ru.properties}.
 * <p>
 * A bundle of its own because Qute 3.33 generates broken bytecode for a bundle of more than 300 messages
 * (docs/i18n.md); the rules are those of {@link Messages}.
 */
@MessageBundle(value = "teach", locale = "en")
public interface TeachMessages {

    // ---- Teaching: shared words -------------------------------------------------------------------------

    @Message("Saved.")
    String saved();

    @Message("Save")
    String save();

    @Message("The checker reports:")
    String checkerReports();

    @Message("Id")
    String fieldId();

    @Message("Id:")
    String idLabel();

    @Message("Title")
    String fieldTitle();

    @Message("Text")
    String fieldText();

    @Message("Lower-case letters, digits and dashes.")
    String idHint();

    @Message("Preview")
    String previewHeading();

    @Message("Preview")
    String previewAction();

    @Message("Preview: {name}")
    String previewTitle(String name);

    @Message("Back to the editor")
    String backToEditor();

    @Message("Preview it as a student")
    String previewAsStudent();

    @Message("Choose an objective")
    String chooseObjective();

    @Message("Objectives")
    String objectives();

    @Message("Type")
    String colType();

    @Message("Problems")
    String colProblems();

    @Message("Version")
    String colVersion();

    @Message("From")
    String colFrom();

    @Message("content folder")
    String originContent();

    @Message("browser")
    String originBrowser();

    @Message("single choice")
    String typeSingle();

    @Message("multiple answers")
    String typeMultiple();

    @Message("true or false")
    String typeTrueFalse();

    @Message("claim check")
    String typeClaimCheck();

    @Message("ordering")
    String typeOrdering();

    @Message("evidence choice")
    String typeEvidenceChoice();

    // ---- Teaching: packs, objectives, sources, files ----------------------------------------------------

    @Message("Write packs in the browser, or upload a pack zip. A pack is a draft until you publish it; every publication is a new version that never changes, and attempts keep the version they started on.")
    String teachLede();

    @Message("My drafts")
    String teachMyDrafts();

    @Message("Questions from another LMS in GIFT, Aiken, Moodle XML or QTI 3.0?")
    String teachImportLead();

    @Message("Import them as a new draft")
    String teachImportLink();

    @Message("No drafts. Start a new pack below, upload one, or edit a published pack.")
    String teachNoDrafts();

    @Message("({id}: {lessons} {lessons.pluralEn('lesson', 'lessons')}, {questions} {questions.pluralEn('question', 'questions')}, saved {time})")
    String teachDraftMeta(String id, int lessons, int questions, String time);

    @Message("My published packs")
    String teachMyPublished();

    @Message("None yet.")
    String teachNoneYet();

    @Message("(version {n}, {time})")
    String teachPublishedMeta(int n, String time);

    @Message("All published packs")
    String teachAllPublished();

    @Message("Edit")
    String teachEdit();

    @Message("New pack")
    String teachNewPack();

    @Message("Pack id")
    String teachPackId();

    @Message("Lower-case letters, digits and dashes, such as csto-armenia. It is part of the pack’s address and cannot change.")
    String teachPackIdHint();

    @Message("Create the pack")
    String teachCreatePack();

    @Message("Upload a pack")
    String teachUploadPack();

    @Message("Pack zip")
    String teachPackZip();

    @Message("A zip of a pack folder (pack.yaml, lessons/, questions/), as the Download button makes it. It becomes the draft of the pack its pack.yaml names.")
    String teachPackZipHint();

    @Message("Upload")
    String teachUpload();

    @Message("This pack has no draft. Published versions never change: editing starts a draft from the newest one, and publishing the draft makes the next version.")
    String teachNoDraft();

    @Message("Edit this pack")
    String teachEditPack();

    @Message("The checker finds no problem.")
    String teachNoProblem();

    @Message("The draft is the same as version {n}.")
    String teachSameAsVersion(int n);

    @Message("{n} {n.pluralEn('problem', 'problems')} to fix before publishing. Each links to where it is fixed.")
    String teachProblemsToFix(int n);

    @Message("Publish as version {n}")
    String teachPublishAs(int n);

    @Message("Nothing changed since version {n}.")
    String teachNothingChanged(int n);

    @Message("Fix the problems first.")
    String teachFixFirst();

    @Message("Download the draft")
    String teachDownloadDraft();

    @Message("Discard the draft")
    String teachDiscardDraft();

    @Message("No lessons yet.")
    String teachNoLessons();

    @Message("New lesson")
    String teachNewLesson();

    @Message("No questions yet.")
    String teachNoQuestions();

    @Message("New question:")
    String teachNewQuestion();

    @Message("None yet: a pack needs at least one.")
    String teachNoObjectives();

    @Message("Edit the objectives")
    String teachEditObjectives();

    @Message("None yet: evidence cites the pack's sources.")
    String teachNoSources();

    @Message("Edit the sources")
    String teachEditSources();

    @Message("About the pack")
    String teachAbout();

    @Message("Pack id:")
    String teachPackIdLabel();

    @Message("(fixed)")
    String teachFixed();

    @Message("Summary")
    String teachSummary();

    @Message("One or two sentences, shown on the home page.")
    String teachSummaryHint();

    @Message("A language tag: en, hy, ru.")
    String teachLanguageHint();

    @Message("Version label")
    String teachVersionLabel();

    @Message("Your own label, such as 1.0. Sourced numbers published versions itself.")
    String teachVersionLabelHint();

    @Message("Licence")
    String teachLicence();

    @Message("An SPDX id such as CC-BY-4.0, or a short phrase.")
    String teachLicenceHint();

    @Message("Authors")
    String teachAuthors();

    @Message("Separate names with commas.")
    String teachAuthorsHint();

    @Message("Scoring by default")
    String teachScoringDefault();

    @Message("Negative marking on single-answer questions")
    String teachNegativeMarking();

    @Message("Certainty-based marking")
    String teachCertainty();

    @Message("Files")
    String teachFiles();

    @Message("The draft as the files a pack folder holds. Edit one as text for what the forms do not cover (question sets, a file that does not parse).")
    String teachFilesIntro();

    @Message("Published versions")
    String teachPublishedVersions();

    @Message("Not published yet.")
    String teachNotPublished();

    @Message("Version {n}")
    String teachVersionN(int n);

    @Message("({label}, {time}, {questions} {questions.pluralEn('question', 'questions')})")
    String teachVersionMeta(String label, String time, int questions);

    @Message("Download")
    String teachDownload();

    @Message("Open as a student")
    String teachOpenAsStudent();

    @Message("Uploaded as this pack's draft. Fix any problems below, then publish.")
    String teachNoticeUploaded();

    @Message("A draft was opened from the newest published version. Published versions never change.")
    String teachNoticeOpened();

    @Message("Published. Attempts already started keep the version they started on.")
    String teachNoticePublished();

    @Message("The draft cannot be published until the {n} {n.pluralEn('problem', 'problems')} listed below {#if n == 1}is{#else}are{/if} fixed.")
    String teachCannotPublish(int n);

    @Message("What a student should be able to do after the pack. Lessons and questions each name one. An objective's id cannot change once saved; one still named by a lesson or question cannot be removed.")
    String objectivesIntro();

    @Message("Objective {n}")
    String objectiveN(int n);

    @Message("Remove this objective")
    String objectiveRemove();

    @Message("Save the objectives")
    String objectivesSave();

    @Message("Add an objective")
    String objectiveAdd();

    @Message("The texts the answer keys cite. A source's id cannot change once saved; one still cited cannot be removed.")
    String sourcesIntro();

    @Message("Source {n}")
    String sourceN(int n);

    @Message("Lower-case letters, digits and dashes; evidence cites it.")
    String sourceIdHint();

    @Message("Kind")
    String sourceKind();

    @Message("Publisher")
    String sourcePublisher();

    @Message("Published")
    String sourcePublished();

    @Message("YYYY-MM-DD; for an approximate date the first day that fits.")
    String sourcePublishedHint();

    @Message("Link (optional)")
    String sourceUrl();

    @Message("Remove this source")
    String sourceRemove();

    @Message("Save the sources")
    String sourcesSave();

    @Message("Add a source")
    String sourceAdd();

    @Message("This file as text, in the on-disk format (see the authoring guide). The forms rewrite files in a standard layout; here you write it exactly as you want it.")
    String fileIntro();

    @Message("Save the file")
    String fileSave();

    // ---- Teaching: form checks --------------------------------------------------------------------------

    @Message("Questions")
    String colQuestions();

    @Message("A pack id holds only lower-case letters, digits and '-' (such as 'csto-armenia'), at most 60.")
    String errPackIdForm();

    @Message("There is a pack '{id}' already: choose another id.")
    String errPackExists(String id);

    @Message("Give the pack a title (at most {max} characters).")
    String errPackTitle(int max);

    @Message("Choose a pack zip to upload.")
    String errChooseZip();

    @Message("The file is {size} bytes; the limit is {max} bytes (sourced.upload.max-bytes).")
    String errFileTooBig(long size, long max);

    @Message("At most {max} characters, please.")
    String errAtMost(int max);

    @Message("Give the pack a title.")
    String errPackTitleNeeded();

    @Message("Say in a sentence or two what the pack teaches.")
    String errSummaryNeeded();

    @Message("Give the language of the pack's text as a tag such as 'en', 'hy' or 'ru'.")
    String errLanguageTag();

    @Message("Give a version label such as '1.0'.")
    String errVersionNeeded();

    @Message("Give a licence: an SPDX id such as 'CC-BY-4.0', or a short phrase.")
    String errLicenceNeeded();

    @Message("Name at least one author.")
    String errAuthorNeeded();

    @Message("Still used by {users}: change that first.")
    String errStillUsedBy(String users);

    @Message("Still cited by {users}: change that first.")
    String errStillCitedBy(String users);

    @Message("An id holds only lower-case letters, digits, '.', '_' and '-'.")
    String errIdChars();

    @Message("Another objective has the id '{id}'.")
    String errObjectiveIdTaken(String id);

    @Message("Say what the student should be able to do.")
    String errObjectiveTitle();

    @Message("A pack needs at least one objective.")
    String errOneObjective();

    @Message("Another source has the id '{id}'.")
    String errSourceIdTaken(String id);

    @Message("Choose what kind of text this is.")
    String errSourceKind();

    @Message("Give the headline or document title.")
    String errSourceTitle();

    @Message("Name the outlet or body that published it.")
    String errSourcePublisher();

    @Message("Give the date as YYYY-MM-DD (approximate: the first day that fits).")
    String errSourceDate();

    @Message("A link starts with https:// or http://.")
    String errSourceUrl();

    @Message("Give the lesson an id, such as 'what-the-treaty-says': it becomes part of its address.")
    String errLessonIdNeeded();

    @Message("An id holds only lower-case letters, digits and '-', and starts with a letter or digit.")
    String errIdForm();

    @Message("The pack has a lesson '{id}' already.")
    String errLessonExists(String id);

    @Message("Give the lesson a title.")
    String errLessonTitle();

    @Message("Choose the objective this lesson teaches.")
    String errLessonObjective();

    @Message("The pack has no objective '{id}'.")
    String errNoObjective(String id);

    @Message("The pack has no source '{id}'.")
    String errNoSource(String id);

    @Message("Write the lesson's text.")
    String errLessonBody();

    @Message("A lesson holds at most {max} characters: split it into two lessons.")
    String errLessonTooLong(int max);

    @Message("Line {line}: the checkpoint names question '{id}', which the pack does not have.")
    String errCheckpointUnknown(int line, String id);

    @Message("Line {line}: write a checkpoint as [[checkpoint: question-id]] alone on its line.")
    String errCheckpointForm(int line);

    @Message("A pack holds at most 99 lessons.")
    String errTooManyLessons();

    @Message("The file {path} exists already: choose another id.")
    String errFileExists(String path);

    @Message("Give the question an id, such as 'treaty-signed-where'.")
    String errQuestionIdNeeded();

    @Message("The pack has a question '{id}' already: ids are unique in a pack.")
    String errQuestionExists(String id);

    @Message("Write the question.")
    String errStem();

    @Message("Say whether the statement is true or false.")
    String errTrueOrFalse();

    @Message("Write the claim to check, attributed to whoever made it.")
    String errClaim();

    @Message("Choose the verdict the evidence supports.")
    String errVerdict();

    @Message("Explain why the key is right, in your own words.")
    String errExplanation();

    @Message("Choose the objective this question tests.")
    String errQuestionObjective();

    @Message("Difficulty is 1 (recall), 2 or 3.")
    String errDifficulty();

    @Message("Points are a whole number from 1 to 100.")
    String errPoints();

    @Message("Write the choice, or tick 'remove'.")
    String errChoiceText();

    @Message("A {type} question needs at least two choices.")
    String errTwoChoices(String type);

    @Message("Mark exactly one choice as correct{#if correct > 0}, not {correct}{/if}. For several right answers, make it a multiple-answer question.")
    String errExactlyOne(long correct);

    @Message("Mark at least one choice as correct.")
    String errAtLeastOneCorrect();

    @Message("Write the item, or tick 'remove'.")
    String errItemText();

    @Message("An ordering question needs at least two items.")
    String errTwoItems();

    @Message("An id holds only letters, digits, '.', '_' and '-' (such as 'a').")
    String errRowIdChars();

    @Message("Another row has the id '{id}'.")
    String errRowIdTaken(String id);

    @Message("Cite at least one source: which passage backs the key?")
    String errEvidenceNeeded();

    @Message("Evidence needs a source.")
    String errEvidenceSource();

    @Message("Say where in the source: a paragraph, an article, a page.")
    String errLocator();

    @Message("Say what that passage establishes.")
    String errNote();

    // ---- Teaching: more form checks ---------------------------------------------------------------------

    @Message("'{id}' is a word the editor uses: choose another id.")
    String errReservedId(String id);

    @Message("1: recall")
    String difficulty1();

    @Message("2: understanding")
    String difficulty2();

    @Message("3: weighing sources")
    String difficulty3();

    // ---- Teaching: lesson and question editors ----------------------------------------------------------

    @Message("New lesson")
    String lessonEditorNew();

    @Message("Lesson: {title}")
    String lessonEditorHeading(String title);

    @Message("Lesson id")
    String lessonIdField();

    @Message("Lower-case letters, digits and dashes. It is part of the lesson’s address and cannot change.")
    String lessonIdHint();

    @Message("Lesson id:")
    String lessonIdLabel();

    @Message("(fixed: it is part of the lesson’s address)")
    String lessonIdFixed();

    @Message("Sources this lesson draws on")
    String lessonSourcesLegend();

    @Message("The pack has no sources yet.")
    String lessonNoSources();

    @Message("Markdown. A line holding only [[checkpoint: question-id]] puts that question between two sections. The preview below follows as you type.")
    String lessonBodyHint();

    @Message("Save the lesson")
    String lessonSave();

    @Message("Press Preview to see the text as it will read.")
    String lessonPreviewEmpty();

    @Message("Delete this lesson")
    String lessonDelete();

    @Message("Preview of the draft, as a student will see it once published. Answers are not stored.")
    String lessonPreviewBanner();

    @Message("New question")
    String questionEditorNew();

    @Message("Question {id}")
    String questionEditorTitle(String id);

    @Message("New question:")
    String questionEditorNewHeading();

    @Message("Not saved: fix the fields marked below.")
    String questionNotSaved();

    @Message("Question id")
    String questionIdField();

    @Message("Lower-case letters, digits and dashes. Fixed once saved: attempts refer to it.")
    String questionIdHint();

    @Message("Type:")
    String questionTypeLabel();

    @Message("id")
    String questionIdWord();

    @Message("(fixed: attempts refer to it)")
    String questionIdFixed();

    @Message("The claim")
    String questionClaim();

    @Message("Quoted or paraphrased, and attributed to whoever made it.")
    String questionClaimHint();

    @Message("Question (optional)")
    String questionStemOptional();

    @Message("Leave empty for: Does the record support this claim?")
    String questionStemClaimHint();

    @Message("Verdict")
    String questionVerdict();

    @Message("Choose the verdict")
    String questionChooseVerdict();

    @Message("Feedback per verdict (optional)")
    String questionFeedbackPerVerdict();

    @Message("Answerable before reading the choices.")
    String questionStemHint();

    @Message("The statement is")
    String questionStatementIs();

    @Message("Feedback (optional)")
    String questionFeedbackOptional();

    @Message("To a student who answers True")
    String questionFeedbackTrue();

    @Message("To a student who answers False")
    String questionFeedbackFalse();

    @Message("Choices")
    String questionChoices();

    @Message("Mark exactly one as correct.")
    String questionMarkOne();

    @Message("Mark every correct one.")
    String questionMarkEvery();

    @Message("Empty rows are left out.")
    String questionEmptyRows();

    @Message("Choice {n}")
    String questionChoiceN(int n);

    @Message("Correct")
    String questionCorrect();

    @Message("Feedback (why a student who picks it is right or wrong)")
    String questionChoiceFeedback();

    @Message("Choice id")
    String questionChoiceId();

    @Message("Short and stable (a, b, c); filled in for you when empty.")
    String questionChoiceIdHint();

    @Message("Remove this choice")
    String questionRemoveChoice();

    @Message("Add a choice")
    String questionAddChoice();

    @Message("Items, in the right order")
    String questionItems();

    @Message("Students see them shuffled.")
    String questionItemsShuffled();

    @Message("Item {n}")
    String questionItemN(int n);

    @Message("Item id")
    String questionItemId();

    @Message("Short and stable; filled in for you when empty.")
    String questionItemIdHint();

    @Message("Remove this item")
    String questionRemoveItem();

    @Message("Add an item")
    String questionAddItem();

    @Message("Explanation")
    String questionExplanation();

    @Message("Why the key is right, in your own words. Students see it after answering.")
    String questionExplanationHint();

    @Message("Evidence {n}")
    String questionEvidenceN(int n);

    @Message("Source")
    String questionSource();

    @Message("Choose a source")
    String questionChooseSource();

    @Message("Where in it")
    String questionLocator();

    @Message("para. 4, Art. 2, p. 12")
    String questionLocatorHint();

    @Message("What that passage establishes")
    String questionNote();

    @Message("Remove this evidence")
    String questionRemoveEvidence();

    @Message("Add evidence")
    String questionAddEvidence();

    @Message("Difficulty")
    String questionDifficulty();

    @Message("Points")
    String questionPoints();

    @Message("Tags (optional)")
    String questionTags();

    @Message("Words separated by commas; question sets select by tag.")
    String questionTagsHint();

    @Message("Save the question")
    String questionSave();

    @Message("Preview as a student")
    String questionPreviewAsStudent();

    @Message("Delete this question")
    String questionDelete();

    @Message("Preview of this question in the draft, as a student sees it. The key shows once you answer. Nothing is stored.")
    String questionPreviewBanner();

    // ---- Errors of authoring, drafts and the editors (UiText; the English is also the JSON API's) --------

    @Message("The pack '{id}' is not yours: only its owner or an admin may change it.")
    String errPackNotYours(String id);

    @Message("The pack '{id}' has no draft: press 'Edit this pack' on its page to start one.")
    String errNoDraftYet(String id);

    @Message("The pack '{id}' has no published version to edit.")
    String errNothingToEdit(String id);

    @Message("The zip's pack.yaml cannot be read or has no id: {problems}")
    String errUploadNoId(String problems);

    @Message("The pack '{id}' has no draft.")
    String errPackHasNoDraft(String id);

    @Message("The pack '{id}' has nothing to download.")
    String errNothingToDownload(String id);

    @Message("version is 'draft' or a version number, not '{value}'.")
    String errDownloadVersion(String value);

    @Message("The pack '{id}' has no version {n}.")
    String errNoVersionOf(String id, int n);

    @Message("pack.yaml must stay readable and keep its id: {problems}")
    String errPackYamlUnreadable(String problems);

    @Message("pack.yaml's id must stay '{id}'; to make another pack, create a new one.")
    String errPackIdStays(String id);

    @Message("The pack id '{id}' may hold only lower-case letters, digits, '.', '_' and '-'.")
    String errPackIdChars(String id);

    @Message("The path '{path}' is longer than {max} characters.")
    String errPathLong(String path, int max);

    @Message("{path} holds more than {max} characters: split it.")
    String errFileLong(String path, int max);

    @Message("The title has {n} characters; at most {max} fit.")
    String errTitleLong(int n, int max);

    @Message("The summary has {n} characters; at most {max} fit.")
    String errSummaryLong(int n, int max);

    @Message("The language tag has {n} characters; at most {max} fit.")
    String errLanguageLong(int n, int max);

    @Message("The version label has {n} characters; at most {max} fit.")
    String errVersionLabelLong(int n, int max);

    @Message("The pack has no readable pack.yaml with an id: {problems}")
    String errDraftNoId(String problems);

    @Message("The pack id '{id}' is not an id: use 1 to 100 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.")
    String errDraftIdForm(String id);

    @Message("The pack id '{id}' belongs to someone else: choose another id.")
    String errPackIdTaken(String id);

    @Message("Pack '{id}' has no draft.")
    String errDraftMissing(String id);

    @Message("Only the pack's owner or an admin may publish it.")
    String errPublishNotYours();

    @Message("The draft cannot be published until these are fixed: {problems}")
    String errPublishProblems(String problems);

    @Message("Only the pack's owner or an admin may discard its draft.")
    String errDiscardNotYours();

    @Message("Question '{id}' is not complete enough to answer yet.")
    String errQuestionIncomplete(String id);

    @Message("The draft has no lesson '{id}'.")
    String errDraftNoLesson(String id);

    @Message("The draft has no question '{id}'.")
    String errDraftNoQuestion(String id);

    @Message("Question '{id}' is not complete enough to preview: fix its problems first.")
    String errPreviewIncomplete(String id);

    @Message("Question '{id}' is in {path} that the form cannot rewrite without losing something: fix that file as text from the pack's page first.")
    String errCannotRewriteFile(String id, String path);

    @Message("Question '{id}' is in a file that the form cannot rewrite without losing something: fix that file as text from the pack's page first.")
    String errCannotRewrite(String id);

    @Message("Question '{id}' is an evidence-choice question, which the form cannot edit yet: edit it as text in its file from the pack's page.")
    String errCannotEditEvidenceChoice(String id);

    @Message("The form cannot write evidence-choice questions yet: add one as text to a questions file from the pack's page (docs/authoring.md shows the format).")
    String errNewEvidenceChoice();

    @Message("Unknown question type '{key}': use single, multiple, true-false, claim-check or ordering.")
    String errQuestionType(String key);

    @Message("The draft has no file '{path}'.")
    String errDraftNoFile(String path);

    /** What still names an objective or cites a source, inside {@link #errStillUsedBy} and {@link #errStillCitedBy}. */
    @Message("lesson '{id}'")
    String usedByLesson(String id);

    @Message("question '{id}'")
    String usedByQuestion(String id);
}
