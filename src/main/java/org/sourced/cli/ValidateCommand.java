package org.sourced.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sourced.packs.format.CueLinter;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackFolder;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.PackTranslations;
import org.sourced.packs.format.Problem;
import org.sourced.packs.format.Question;

/** {@code validate <dir>}: prints every problem as file:line: message (exit 1), or a summary (exit 0). */
public final class ValidateCommand {

    private static final PackTranslations.Result EMPTY = new PackTranslations.Result(Map.of(), List.of(), List.of());

    private ValidateCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: java -jar target/quarkus-app/quarkus-run.jar validate <content-dir>");
            return 2;
        }
        Path dir = Path.of(args[1]);
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": no such directory");
            return 2;
        }
        List<PackFolder.Found> found = PackFolder.readAll(dir);
        if (found.isEmpty()) {
            err.println(dir + ": no packs found (expected " + dir + "/packs/<pack>/pack.yaml)");
            return 1;
        }
        List<Problem> problems = new java.util.ArrayList<>(found.stream().flatMap(f -> f.result().problems().stream()).toList());
        // every translation is checked against its original and read as a pack of its own (docs/authoring.md, "Translations")
        Map<String, PackTranslations.Result> translations = new java.util.LinkedHashMap<>();
        for (PackFolder.Found f : found) {
            f.result().pack().ifPresent(pack -> {
                PackTranslations.Result t = PackTranslations.read(pack, f.prefix());
                translations.put(f.prefix(), t);
                problems.addAll(t.problems());
            });
        }
        if (!problems.isEmpty()) {
            // a single pack folder names its files <folder>/..., so they resolve against the folder's parent
            Path base = base(dir);
            problems.forEach(p -> out.println(base.resolve(p.file()).normalize() + ":" + p.line() + ": " + p.message()));
            out.println(problems.size() + " problem(s) in " + found.stream().filter(f -> !f.result().ok()
                            || !translations.getOrDefault(f.prefix(), EMPTY).problems().isEmpty()).count()
                    + " of " + found.size() + " pack(s)");
            return 1;
        }
        int warnings = 0;
        for (PackFolder.Found f : found) {
            PackContent pack = f.result().pack().orElseThrow();
            // cue warnings (CueLinter) do not fail the run: the pack is valid, but an item may give its key away
            for (Problem w : CueLinter.lint(pack, f.prefix())) {
                out.println(base(dir).resolve(w.file()).normalize() + ":" + w.line() + ": " + w.message());
                warnings++;
            }
            PackTranslations.Result t = translations.getOrDefault(f.prefix(), EMPTY);
            // per language: a missing item withholds it, and the cue linter runs on its words too
            for (Problem w : t.warnings()) {
                out.println(base(dir).resolve(w.file()).normalize() + ":" + w.line() + ": " + w.message());
                warnings++;
            }
            out.print(summary(pack));
            if (!t.languages().isEmpty()) {
                out.println("  languages:    " + String.join(", ", PackTranslations.languagesOf(pack, t)));
            }
        }
        out.println(found.size() + " pack(s) valid" + (warnings == 0 ? "" : ", " + warnings + " cue warning(s)"));
        return 0;
    }

    /** What a problem's file resolves against: a single pack folder names its files {@code <folder>/...}. */
    private static Path base(Path dir) {
        Path parent = dir.normalize().getParent();
        return !Files.isRegularFile(dir.resolve(PackReader.MANIFEST)) ? dir : parent != null ? parent : Path.of("");
    }

    static String summary(PackContent pack) {
        StringBuilder s = new StringBuilder();
        s.append(pack.id()).append(" \"").append(pack.manifest().title()).append("\" v").append(pack.manifest().version())
                .append(": ").append(pack.lessons().size()).append(" lessons, ").append(pack.questions().size()).append(" questions\n");
        s.append("  by type:      ").append(count(pack.questions(), q -> q.type().key())).append('\n');
        s.append("  by objective: ").append(count(pack.questions(), Question::objective)).append('\n');
        s.append("  by difficulty: ").append(count(pack.questions(), q -> String.valueOf(q.difficulty()))).append('\n');
        return s.toString();
    }

    private static String count(List<Question> questions, java.util.function.Function<Question, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        questions.forEach(q -> counts.merge(key.apply(q), 1, Integer::sum));
        return counts.toString().replace("{", "").replace("}", "");
    }
}
