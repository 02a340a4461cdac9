package org.sourced.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.ScoringPolicy;
import org.sourced.web.FormErrors;
import org.sourced.web.i18n.UiText;

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
        required(errors, "title", title, UiText.teach(t -> t.errPackTitleNeeded()), MAX_TITLE);
        required(errors, "summary", summary, UiText.teach(t -> t.errSummaryNeeded()), MAX_SUMMARY);
        if (!LANGUAGE.matcher(language).matches()) {
            errors.add("language", UiText.teach(t -> t.errLanguageTag()));
        }
        required(errors, "version", version, UiText.teach(t -> t.errVersionNeeded()), MAX_LABEL);
        required(errors, "licence", licence, UiText.teach(t -> t.errLicenceNeeded()), MAX_TITLE);
        if (authorList().isEmpty()) {
            errors.add("authors", UiText.teach(t -> t.errAuthorNeeded()));
        }
        return errors;
    }

    private static void required(FormErrors errors, String field, String value, UiText message, int max) {
        if (value.isEmpty()) {
            errors.add(field, message);
        } else if (value.length() > max) {
            errors.add(field, UiText.teach(t -> t.errAtMost(max)));
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
