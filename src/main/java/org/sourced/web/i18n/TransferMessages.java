package org.sourced.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of moving packs and data in and out: the import and export page ({@code /teach/import}), what an
 * import made, the admin's backup page, and the errors of {@code PackTransfer} and the backup, in English; templates
 * print them as {@code {xfer:key}}, Java gets them through {@link UiText#xfer}. Armenian and Russian are in
 * {@code messages/xfer_hy.properties} and {@code xfer_ru.properties}. A bundle of its own for the reason
 * {@link TeachMessages} gives (the teacher's bundle had no room left for these).
 */
@MessageBundle(value = "xfer", locale = "en")
public interface TransferMessages {

    // ---- Import and export page ------------------------------------------------------------------------

    @Message("Import and export")
    String importTitle();

    @Message("Bring questions in from an LMS, or a pack zip from another Sourced. What you import becomes a draft: questions from an LMS usually carry no evidence, so each one is flagged until you add a source, a locator and a note, and the draft can be published only when every question has its evidence.")
    String importIntro();

    @Message("Format")
    String importFormat();

    @Message("File")
    String importFile();

    @Message("At most {max} bytes. GIFT and Aiken files must be UTF-8 text.")
    String importFileHint(long max);

    @Message("Pack id (optional)")
    String importPack();

    @Message("For GIFT, Aiken, Moodle XML and QTI: the id of the draft, such as my-quiz. Empty: made from the title in the file. An import replaces your own draft of the same id.")
    String importPackHint();

    @Message("Language (optional)")
    String importLanguage();

    @Message("For GIFT, Aiken, Moodle XML and QTI: a language tag such as en or hy. Empty: en.")
    String importLanguageHint();

    @Message("Import")
    String importSubmit();

    @Message("Why nothing was imported")
    String importFailedHeading();

    @Message("Line")
    String colLine();

    @Message("Problem")
    String colProblem();

    @Message("Export a published pack")
    String exportHeading();

    @Message("The files hold the answer keys: share them with teachers only. A pack zip is the pack exactly; the other formats carry what they can, and Sourced reads back what it wrote.")
    String exportIntro();

    @Message("No pack is published yet.")
    String exportNone();

    @Message("Download")
    String colDownload();

    /** Hidden after a format's name in a download link: "GIFT of Elections 2024". */
    @Message("of {title}")
    String exportOf(String title);

    // ---- What an import made ---------------------------------------------------------------------------

    @Message("Imported")
    String importedTitle();

    @Message("Imported into the draft “{id}”")
    String importedHeading(String id);

    @Message("The draft of {id} now holds {n} {n.pluralEn('question', 'questions')} from the {format} file.")
    String importedSummary(String id, int n, String format);

    @Message("Nothing needs fixing: it can be published.")
    String importedClean();

    @Message("Fix what is listed below, then publish.")
    String importedFix();

    @Message("Open the draft")
    String importedOpen();

    @Message("Download the draft as a pack zip")
    String importedDownload();

    @Message("Import another file")
    String importedAnother();

    @Message("What was skipped or needs work ({n})")
    String importedProblems(int n);

    @Message("Line numbers are lines of the file you uploaded; “–” marks something about the draft as a whole.")
    String importedLines();

    // ---- Import and export: errors ---------------------------------------------------------------------

    @Message("Choose a file to import.")
    String errChooseFile();

    @Message("Say which format: use format={formats}.")
    String errFormatMissing(String formats);

    @Message("Unknown format '{key}': use format={formats}.")
    String errFormatUnknown(String key, String formats);

    @Message("A pack id holds only lower-case letters, digits, '.', '_' and '-', and starts with a letter or digit (such as 'csto-armenia'); '{id}' does not.")
    String errImportPackId(String id);

    @Message("language is a language tag such as 'en', 'hy' or 'pt-BR', not '{value}'.")
    String errImportLanguage(String value);

    @Message("The file is empty: nothing was imported.")
    String errFileEmpty();

    /** The detail is the reader's report (English, like every checker's text). */
    @Message("Nothing was imported: {detail}")
    String errNothingImported(String detail);

    @Message("Nothing was imported: the file is {size} bytes; the limit is {max} bytes (sourced.upload.max-bytes).")
    String errTooLarge(String size, long max);

    @Message("Nothing was imported: the file is more than {max} bytes; the limit is {max} bytes (sourced.upload.max-bytes).")
    String errTooLargeCut(long max);

    @Message("The zip has no readable pack.yaml with an id, so nothing was imported.")
    String errZipNoId();

    @Message("The zip's pack id '{id}' may hold only lower-case letters, digits, '.', '_' and '-', so nothing was imported.")
    String errZipBadId(String id);

    @Message("The zip is the pack '{id}' (its pack.yaml says so), not '{chosen}': nothing was imported. Change the id in pack.yaml to import it under another id.")
    String errZipOtherId(String id, String chosen);

    @Message("The file holds no question Sourced can import, so nothing was stored.")
    String errNoQuestions();

    @Message("The draft of '{id}' has {n} problem(s), so it cannot be written as {format}; export it with format=zip, or fix them first. The first: {first}")
    String errExportDraftProblems(String id, int n, String format, String first);

    @Message("Ask for a version or for the draft, not both.")
    String errVersionOrDraft();

    @Message("Pack '{id}' has no draft.")
    String errNoDraft(String id);

    @Message("The draft of '{id}' is not yours: only its owner or an admin may export it.")
    String errExportNotYours(String id);

    @Message("There is no published pack '{id}'.")
    String errNoPublished(String id);

    @Message("There is no published pack '{id}' (it has a draft: add draft=true).")
    String errNoPublishedHasDraft(String id);

    @Message("version is a number such as 1, not '{value}'.")
    String errVersionNumber(String value);

    @Message("Pack '{id}' has no published version {n}.")
    String errNoVersion(String id, int n);

    // ---- Backup (admin) --------------------------------------------------------------------------------

    @Message("Backup")
    String backupTitle();

    @Message("Download a copy of the whole database: accounts, packs and their versions, attempts and answers, classes. It is consistent (one moment in time) and is taken while Sourced keeps running.")
    String backupIntro();

    @Message("The file holds password hashes and every student's answers: keep it as private as the server.")
    String backupPrivate();

    @Message("To restore it, stop Sourced, unzip it into an empty data directory and start Sourced on that directory.")
    String backupRestore();

    @Message("The self-hosting guide has the commands:")
    String backupGuide();

    @Message("Download a backup")
    String backupSubmit();

    @Message("This server uses {product}, not the embedded H2 file, so the download is not available here.")
    String backupNotHere(String product);

    @Message("Back it up with PostgreSQL's own tools, for example:")
    String backupPostgres();

    @Message("Back it up with the database's own tools.")
    String backupOther();

    @Message("This server runs on {product}: back it up with the database's own tools, for example pg_dump --format=custom (see docs/self-hosting.md). The download here is for the embedded H2 database.")
    String errBackupNotH2(String product);

    @Message("This server runs on an in-memory database, which is gone when it stops: there is no file to back up.")
    String errBackupInMemory();
}
