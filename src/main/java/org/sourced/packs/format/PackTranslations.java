package org.sourced.packs.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The translations a pack carries in {@code i18n/<tag>/} (docs/authoring.md, "Translations"): each read as a pack
 * of its own ({@link PackReader}), compared with the original ({@link TranslationCheck}) and linted
 * ({@link CueLinter}). A language is offered only when all of that passes and nothing is missing.
 */
public final class PackTranslations {

    /** The folder of a pack that holds its translations; {@link PackReader} leaves it out of the original. */
    public static final String DIR = "i18n/";
    /** A BCP 47 language tag as a folder name: {@code hy}, {@code ru}, {@code pt-BR}. */
    static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /**
     * @param languages the translations offered, by tag in tag order (the original's language is not among them)
     * @param problems  why a translation was refused, at its file:line (validate fails on these)
     * @param warnings  cue warnings in a language, and questions or lessons missing from a translation (the
     *                  language withheld)
     */
    public record Result(Map<String, PackContent> languages, List<Problem> problems, List<Problem> warnings) {
        public Result {
            languages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(languages));
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }
    }

    private PackTranslations() {
    }

    /** Whether a pack's path belongs to a translation rather than the original. */
    public static boolean isTranslationPath(String path) {
        return path.startsWith(DIR);
    }

    /**
     * Every translation of {@code pack} (found in its {@code files()}).
     *
     * @param prefix what names the pack's files in messages, such as {@code packs/csto-armenia/}
     */
    public static Result read(PackContent pack, String prefix) {
        Map<String, Map<String, String>> byTag = new TreeMap<>();
        Map<String, String> original = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        pack.files().forEach((path, text) -> {
            if (!isTranslationPath(path)) {
                original.put(path, text);
                return;
            }
            String rest = path.substring(DIR.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                problems.add(new Problem(prefix + path, 1, "a translation lives in " + DIR + "<language>/, such as " + DIR + "hy/pack.yaml"));
                return;
            }
            byTag.computeIfAbsent(rest.substring(0, slash), t -> new TreeMap<>()).put(rest.substring(slash + 1), text);
        });
        Map<String, PackContent> languages = new LinkedHashMap<>();
        byTag.forEach((tag, files) -> {
            String at = prefix + DIR + tag + "/";
            if (!TAG.matcher(tag).matches()) {
                problems.add(new Problem(at + PackReader.MANIFEST, 1, "'" + tag + "' is not a language tag (such as hy, ru or pt-BR)"));
                return;
            }
            if (tag.equals(pack.manifest().language())) {
                problems.add(new Problem(at + PackReader.MANIFEST, 1, "the pack itself is in " + tag + ": a translation is in another language"));
                return;
            }
            TranslationCheck.Outcome outcome = TranslationCheck.check(original, files, tag, prefix, at);
            PackReader.Result read = PackReader.read(files, at);
            problems.addAll(outcome.problems());
            warnings.addAll(outcome.warnings());
            for (Problem p : read.problems()) {
                // a missing question also leaves a checkpoint or a set without it: that is the warning already given
                boolean followsFromMissing = !outcome.warnings().isEmpty()
                        && (p.message().startsWith("checkpoint names unknown question") || p.message().startsWith("set tag"));
                if (!followsFromMissing && !problems.contains(p)) {
                    problems.add(p);
                }
            }
            if (outcome.accepted() && read.ok()) {
                PackContent translated = read.pack().orElseThrow();
                warnings.addAll(CueLinter.lint(translated, at));
                languages.put(tag, translated);
            }
        });
        return new Result(languages, problems, warnings);
    }

    /** The pack's languages: its own first, then its translations' in tag order. */
    public static List<String> languagesOf(PackContent pack, Result translations) {
        List<String> tags = new ArrayList<>();
        tags.add(pack.manifest().language());
        tags.addAll(translations.languages().keySet());
        return List.copyOf(tags);
    }
}
