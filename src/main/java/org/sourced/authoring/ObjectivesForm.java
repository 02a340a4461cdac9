package org.sourced.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sourced.packs.format.Ids;
import org.sourced.packs.format.Manifest;
import org.sourced.packs.format.Objective;
import org.sourced.web.FormErrors;
import org.sourced.web.i18n.UiText;

/**
 * The objectives of a pack as rows. An existing objective keeps its id (lessons and questions name it);
 * a new row's id is typed. A row ticked "remove" goes on save, unless something still names it.
 */
public record ObjectivesForm(List<Row> rows) {

    public record Row(int index, String id, String title, boolean fixed, boolean remove) {
        public String name(String field) {
            return FormFields.row("objective", index, field);
        }

        boolean isBlank() {
            return !fixed && id.isBlank() && title.isBlank();
        }
    }

    public ObjectivesForm {
        rows = List.copyOf(rows);
    }

    public static ObjectivesForm of(Manifest m) {
        List<Row> rows = new ArrayList<>();
        for (Objective o : m.objectives()) {
            rows.add(new Row(rows.size(), nz(o.id()), nz(o.title()), o.id() != null, false));
        }
        return rows.isEmpty() ? new ObjectivesForm(rows).withExtraRow() : new ObjectivesForm(rows);
    }

    public static ObjectivesForm parse(FormFields f) {
        List<Row> rows = new ArrayList<>();
        int n = f.count("objectiveCount", QuestionForm.MAX_ROWS);
        for (int i = 0; i < n; i++) {
            rows.add(new Row(i, f.text(FormFields.row("objective", i, "id")), f.text(FormFields.row("objective", i, "title")),
                    f.checked(FormFields.row("objective", i, "fixed")), f.checked(FormFields.row("objective", i, "remove"))));
        }
        return new ObjectivesForm(rows);
    }

    public ObjectivesForm withExtraRow() {
        if (rows.size() >= QuestionForm.MAX_ROWS) {
            return this;
        }
        List<Row> more = new ArrayList<>(rows);
        more.add(new Row(more.size(), "", "", false, false));
        return new ObjectivesForm(more);
    }

    /** @param usedBy objective id to a description of what names it ("lesson 'x'"), for ids in use */
    public FormErrors validate(Map<String, UiText> usedBy) {
        FormErrors errors = FormErrors.none();
        Set<String> seen = new HashSet<>();
        int kept = 0;
        for (Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (row.remove()) {
                if (usedBy.containsKey(row.id())) {
                    UiText user = usedBy.get(row.id());
                    errors.add(row.name("remove"), lang -> UiText.teach(t -> t.errStillUsedBy(user.in(lang))).in(lang));
                }
                continue;
            }
            kept++;
            if (!Ids.isId(row.id())) {
                errors.add(row.name("id"), UiText.teach(t -> t.errIdChars()));
            } else if (!seen.add(row.id())) {
                errors.add(row.name("id"), UiText.teach(t -> t.errObjectiveIdTaken(row.id())));
            }
            if (row.title().isEmpty()) {
                errors.add(row.name("title"), UiText.teach(t -> t.errObjectiveTitle()));
            }
        }
        if (kept == 0) {
            errors.add("objectives", UiText.teach(t -> t.errOneObjective()));
        }
        return errors;
    }

    public List<Objective> toObjectives() {
        return rows.stream().filter(r -> !r.isBlank() && !r.remove()).map(r -> new Objective(r.id(), r.title())).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
