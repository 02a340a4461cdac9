package org.sourced.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every UI string of every bundle ({@link #BUNDLES}) has an Armenian and a Russian translation, no translation is left over, and each keeps the
 * parameters its English uses. (The Quarkus build already rejects a translation that names an unknown
 * parameter or key; this test catches what the build lets through: a missing or empty line, a dropped
 * parameter, English pasted in place of a translation.)
 */
class MessagesTranslationTest {

    /** Each message bundle and the prefix of its files under messages/ ({@code msg_hy.properties}). */
    static final Map<Class<?>, String> BUNDLES = Map.of(Messages.class, "msg", TeachMessages.class, "teach", ClassMessages.class, "cls",
            TransferMessages.class, "xfer", SecurityMessages.class, "sec", PackTextMessages.class, "ptx", DisputeMessages.class, "dispute",
            LiveMessages.class, "live", WorkbenchMessages.class, "bench");

    /** Keys whose translation may be the same as the English: a name, or punctuation the language shares. */
    private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
            "hy", Set.of("footerApi"),
            "ru", Set.of("footerApi", "fullStop"));

    /** A letter of the language's own script, to tell a translation from pasted English. */
    private static final Map<String, Pattern> SCRIPT = Map.of(
            "hy", Pattern.compile("\\p{IsArmenian}"),
            "ru", Pattern.compile("\\p{IsCyrillic}"));

    /** The identifiers inside a Qute tag ({n}, {n.pluralEn('a', 'b')}, {#if answered}), without string literals. */
    private static final Pattern TAG = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");

    @Test
    void everyMethodHasEnglishText() {
        for (Method m : messageMethods()) {
            assertThat(english(m)).as(m.getName()).isNotBlank();
        }
        assertThat(messageMethods()).hasSizeGreaterThan(400);
    }

    /** Qute 3.33 generates a bundle of more than 300 messages into bytecode that fails verification: split it first. */
    @Test
    void noBundleOutgrowsWhatQuteCanGenerate() {
        for (Class<?> bundle : BUNDLES.keySet()) {
            assertThat(messageMethods(bundle)).as(bundle.getSimpleName()).hasSizeLessThanOrEqualTo(300);
        }
    }

    @Test
    void aKeyBelongsToOneBundle() {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (Method m : messageMethods()) {
            if (!seen.add(m.getName())) {
                twice.add(m.getName());
            }
        }
        assertThat(twice).as("keys declared in two bundles").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "ru"})
    void translationHasExactlyTheKeysOfTheBundle(String lang) throws IOException {
        for (Map.Entry<Class<?>, String> bundle : BUNDLES.entrySet()) {
            Set<String> keys = messageMethods(bundle.getKey()).stream().map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
            Properties translation = load(bundle.getValue(), lang);
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(translation.stringPropertyNames());
            Set<String> extra = new TreeSet<>(translation.stringPropertyNames());
            extra.removeAll(keys);
            assertThat(missing).as("%s keys without a %s translation", bundle.getValue(), lang).isEmpty();
            assertThat(extra).as("%s_%s keys no method declares", bundle.getValue(), lang).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "ru"})
    void everyTranslationIsWrittenInItsLanguage(String lang) throws IOException {
        Properties translation = load(lang);
        Map<String, String> notTranslated = new TreeMap<>();
        for (Method m : messageMethods()) {
            String text = translation.getProperty(m.getName(), "");
            boolean allowed = SAME_AS_ENGLISH.get(lang).contains(m.getName());
            if (text.isBlank() || (!allowed && !SCRIPT.get(lang).matcher(text).find() && !isPunctuation(text))) {
                notTranslated.put(m.getName(), text);
            }
        }
        assertThat(notTranslated).as("%s lines that are empty or not in the language's script", lang).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "ru"})
    void translationsKeepTheParametersOfTheEnglish(String lang) throws IOException {
        Properties translation = load(lang);
        Map<String, String> problems = new TreeMap<>();
        for (Method m : messageMethods()) {
            Set<String> declared = Arrays.stream(m.getParameters()).map(Parameter::getName).collect(Collectors.toSet());
            Set<String> inEnglish = parametersUsed(english(m), declared);
            Set<String> inTranslation = parametersUsed(translation.getProperty(m.getName(), ""), declared);
            // a translation may use a parameter the English leaves out (packBy's count picks автор/авторы), never drop one
            if (!inTranslation.containsAll(inEnglish)) {
                problems.put(m.getName(), "English uses " + inEnglish + ", " + lang + " uses " + inTranslation);
            }
        }
        assertThat(problems).as("%s translations that drop a parameter", lang).isEmpty();
        assertThat(declaredParametersUsedInEnglish()).as("every declared parameter is used by the English, except grammar hints")
                .containsOnly("packBy.count");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hy", "ru"})
    void messagesArePlainText(String lang) throws IOException {
        List<String> texts = lang.equals("en") ? messageMethods().stream().map(MessagesTranslationTest::english).toList()
                : load(lang).values().stream().map(String::valueOf).toList();
        assertThat(texts).as("pages escape messages, so markup would show as text").noneMatch(t -> t.contains("<"));
    }

    @Test
    void parametersAreFoundInExpressionsAndSections() {
        Set<String> declared = Set.of("n", "answered", "flagged", "total");
        assertThat(parametersUsed("Question {n}{#if answered}, answered{/if}", declared)).containsExactlyInAnyOrder("n", "answered");
        assertThat(parametersUsed("{n} {n.pluralRu('total', 'урока', 'уроков')}", declared)).containsExactly("n");
    }

    private static Set<String> declaredParametersUsedInEnglish() {
        Set<String> unused = new TreeSet<>();
        for (Method m : messageMethods()) {
            Set<String> declared = Arrays.stream(m.getParameters()).map(Parameter::getName).collect(Collectors.toSet());
            Set<String> used = parametersUsed(english(m), declared);
            declared.stream().filter(p -> !used.contains(p)).forEach(p -> unused.add(m.getName() + "." + p));
        }
        return unused;
    }

    static Set<String> parametersUsed(String template, Set<String> declared) {
        Set<String> used = new TreeSet<>();
        Matcher tag = TAG.matcher(template);
        while (tag.find()) {
            Matcher id = IDENTIFIER.matcher(STRING_LITERAL.matcher(tag.group(1)).replaceAll(""));
            while (id.find()) {
                if (declared.contains(id.group())) {
                    used.add(id.group());
                }
            }
        }
        return used;
    }

    private static boolean isPunctuation(String text) {
        return text.strip().chars().noneMatch(Character::isLetter);
    }

    static List<Method> messageMethods() {
        return BUNDLES.keySet().stream().flatMap(b -> messageMethods(b).stream()).toList();
    }

    static List<Method> messageMethods(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class)).toList();
    }

    private static String english(Method m) {
        return m.getAnnotation(Message.class).value();
    }

    /** Every bundle's translations into one language; a key present in two files would mask a missing one, so none may be. */
    static Properties load(String lang) throws IOException {
        Properties all = new Properties();
        for (String prefix : BUNDLES.values()) {
            Properties p = load(prefix, lang);
            Set<String> overlap = new TreeSet<>(p.stringPropertyNames());
            overlap.retainAll(all.stringPropertyNames());
            assertThat(overlap).as("keys in %s_%s and another file", prefix, lang).isEmpty();
            all.putAll(p);
        }
        return all;
    }

    static Properties load(String prefix, String lang) throws IOException {
        String name = "messages/" + prefix + "_" + lang + ".properties";
        try (InputStream in = MessagesTranslationTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            return p;
        }
    }
}
