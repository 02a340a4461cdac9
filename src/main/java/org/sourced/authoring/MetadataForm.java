package org.sourced.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.ScoringPolicy;
import org.sourced.web.FormErrors;

/** The pack's metadata form: title, summary, language, version label, licence, authors, default scoring. */
public record MetadataForm(String title, String summary, String language, String version, String licence, String authors,
                           boolean partialCredit, boolean negativeMarking, boolean certainty) {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");
    /** The widths of the pack_version columns these land in. */
    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_LABEL = 50;

    public static MetadataForm of(Manifest m) {
        return new MetadataForm(nz(m.title()), nz(m.summary()), nz(m.language()), nz(m.version()), nz(m.licence()),
                String.join(", ", m.authors()), m.scoring().partialCredit(), m.scoring().negativeMarking(), m.scoring().certainty());
    }

    public static MetadataForm parse(FormFields f) {
        return new MetadataForm(f.text("title"), f.text("summary").replaceAll("\\s*\n\\s*", " "), f.text("language"),
                f.text("version"), f.text("licence"), f.text("authors"), f.checked("partialCredit"), f.checked("negativeMarking"),
                f.checked("certainty"));
    }

    public FormErrors validate() {
        FormErrors errors = FormErrors.none();
        required(errors, "title", title, "Give the pack a title.", MAX_TITLE);
        required(errors, "summary", summary, "Say in a sentence or two what the pack teaches.", MAX_SUMMARY);
        if (!LANGUAGE.matcher(language).matches()) {
            errors.add("language", "Give the language of the pack's text as a tag such as 'en', 'hy' or 'ru'.");
        }
        required(errors, "version", version, "Give a version label such as '1.0'.", MAX_LABEL);
        required(errors, "licence", licence, "Give a licence: an SPDX id such as 'CC-BY-4.0', or a short phrase.", MAX_TITLE);
        if (authorList().isEmpty()) {
            errors.add("authors", "Name at least one author.");
        }
        return errors;
    }

    private static void required(FormErrors errors, String field, String value, String message, int max) {
        if (value.isEmpty()) {
            errors.add(field, message);
        } else if (value.length() > max) {
            errors.add(field, "At most " + max + " characters, please.");
        }
    }

    public List<String> authorList() {
        return Arrays.stream(authors.split("[,\n]")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /** {@code base} with this form's fields; objectives, sources and sets stay as they are. */
    public Manifest applyTo(Manifest base) {
        return new Manifest(base.id(), title, summary, language, version, licence, authorList(), base.objectives(),
                base.sources(), base.sets(), new ScoringPolicy(partialCredit, negativeMarking, certainty));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
