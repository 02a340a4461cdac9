package org.sourced.authoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.sourced.packs.format.Ids;
import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Source;
import org.sourced.packs.format.SourceKind;
import org.sourced.web.FormErrors;
import org.sourced.web.i18n.UiText;

/** The sources of a pack as rows, like {@link ObjectivesForm}: existing ids are fixed, used sources stay. */
public record SourcesForm(List<Row> rows) {

    public record Row(int index, String id, String kind, String title, String publisher, String published, String url,
                      boolean fixed, boolean remove) {
        public String name(String field) {
            return FormFields.row("source", index, field);
        }

        boolean isBlank() {
            return !fixed && id.isBlank() && title.isBlank() && publisher.isBlank() && published.isBlank() && url.isBlank();
        }
    }

    public SourcesForm {
        rows = List.copyOf(rows);
    }

    public static SourcesForm of(Manifest m) {
        List<Row> rows = new ArrayList<>();
        for (Source s : m.sources()) {
            rows.add(new Row(rows.size(), nz(s.id()), s.kind() == null ? "" : s.kind().key(), nz(s.title()), nz(s.publisher()),
                    s.published() == null ? "" : s.published().toString(), nz(s.url()), s.id() != null, false));
        }
        return rows.isEmpty() ? new SourcesForm(rows).withExtraRow() : new SourcesForm(rows);
    }

    public static SourcesForm parse(FormFields f) {
        List<Row> rows = new ArrayList<>();
        int n = f.count("sourceCount", QuestionForm.MAX_ROWS);
        for (int i = 0; i < n; i++) {
            rows.add(new Row(i, f.text(FormFields.row("source", i, "id")), f.text(FormFields.row("source", i, "kind")),
                    f.text(FormFields.row("source", i, "title")), f.text(FormFields.row("source", i, "publisher")),
                    f.text(FormFields.row("source", i, "published")), f.text(FormFields.row("source", i, "url")),
                    f.checked(FormFields.row("source", i, "fixed")), f.checked(FormFields.row("source", i, "remove"))));
        }
        return new SourcesForm(rows);
    }

    public SourcesForm withExtraRow() {
        if (rows.size() >= QuestionForm.MAX_ROWS) {
            return this;
        }
        List<Row> more = new ArrayList<>(rows);
        more.add(new Row(more.size(), "", "report", "", "", "", "", false, false));
        return new SourcesForm(more);
    }

    /** @param usedBy source id to what cites it, for ids in use */
    public FormErrors validate(Map<String, UiText> usedBy) {
        FormErrors errors = FormErrors.none();
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (row.remove()) {
                if (usedBy.containsKey(row.id())) {
                    UiText user = usedBy.get(row.id());
                    errors.add(row.name("remove"), lang -> UiText.teach(t -> t.errStillCitedBy(user.in(lang))).in(lang));
                }
                continue;
            }
            if (!Ids.isId(row.id())) {
                errors.add(row.name("id"), UiText.teach(t -> t.errIdChars()));
            } else if (!seen.add(row.id())) {
                errors.add(row.name("id"), UiText.teach(t -> t.errSourceIdTaken(row.id())));
            }
            checkFields(errors, row, row::name);
        }
        return errors;
    }

    /** A source's own fields (all but its id), reported under {@code fieldName.apply("title")} and so on. */
    static void checkFields(FormErrors errors, Row row, Function<String, String> fieldName) {
        if (SourceKind.fromKey(row.kind()).isEmpty()) {
            errors.add(fieldName.apply("kind"), UiText.teach(t -> t.errSourceKind()));
        }
        if (row.title().isEmpty()) {
            errors.add(fieldName.apply("title"), UiText.teach(t -> t.errSourceTitle()));
        }
        if (row.publisher().isEmpty()) {
            errors.add(fieldName.apply("publisher"), UiText.teach(t -> t.errSourcePublisher()));
        }
        if (date(row.published()) == null) {
            errors.add(fieldName.apply("published"), UiText.teach(t -> t.errSourceDate()));
        }
        if (!row.url().isEmpty() && !(row.url().startsWith("https://") || row.url().startsWith("http://"))) {
            errors.add(fieldName.apply("url"), UiText.teach(t -> t.errSourceUrl()));
        }
    }

    /** A new source from a row whose fields passed {@link #checkFields}. */
    static Source toSource(Row row) {
        return new Source(row.id(), SourceKind.fromKey(row.kind()).orElseThrow(), row.title(), row.publisher(), date(row.published()),
                row.url().isEmpty() ? null : row.url());
    }

    /** The rows as sources; the form has no fields for {@code counting}, so each source keeps the one it had. */
    public List<Source> toSources(List<Source> before) {
        return rows.stream().filter(r -> !r.isBlank() && !r.remove())
                .map(r -> new Source(r.id(), SourceKind.fromKey(r.kind()).orElseThrow(), r.title(), r.publisher(), date(r.published()),
                        r.url().isEmpty() ? null : r.url(),
                        before.stream().filter(s -> r.id().equals(s.id())).findFirst().map(Source::counting).orElse(null)))
                .toList();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
