package org.sourced.web.i18n;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A sentence for a reader, picked from a bundle once the reader's language is known: what services put into a
 * {@link org.sourced.web.UserError} or a {@link org.sourced.web.FormErrors}, such as
 * {@code UiText.teach(t -> t.errPackExists(id))}. Pages show it {@link #current() in the request's language};
 * logs and the JSON API take {@link #english()}.
 */
@FunctionalInterface
public interface UiText {

    /** The text in the language with this tag ({@code en}, {@code hy}, {@code ru}). */
    String in(String lang);

    static UiText msg(Function<Messages, String> text) {
        return lang -> text.apply(Bundles.get(Messages.class, lang));
    }

    static UiText teach(Function<TeachMessages, String> text) {
        return lang -> text.apply(Bundles.get(TeachMessages.class, lang));
    }

    static UiText cls(Function<ClassMessages, String> text) {
        return lang -> text.apply(Bundles.get(ClassMessages.class, lang));
    }

    static UiText xfer(Function<TransferMessages, String> text) {
        return lang -> text.apply(Bundles.get(TransferMessages.class, lang));
    }

    static UiText sec(Function<SecurityMessages, String> text) {
        return lang -> text.apply(Bundles.get(SecurityMessages.class, lang));
    }

    static UiText dispute(Function<DisputeMessages, String> text) {
        return lang -> text.apply(Bundles.get(DisputeMessages.class, lang));
    }

    static UiText bench(Function<WorkbenchMessages, String> text) {
        return lang -> text.apply(Bundles.get(WorkbenchMessages.class, lang));
    }

    static UiText live(Function<LiveMessages, String> text) {
        return lang -> text.apply(Bundles.get(LiveMessages.class, lang));
    }

    /** Text that is not Sourced's own sentence (a checker's report, a parser's message): the same in every language. */
    static UiText literal(String text) {
        return lang -> text;
    }

    /** The text in English: for logs, exception messages and the JSON API, which scripts match on. */
    default String english() {
        return in(Languages.DEFAULT.tag());
    }

    /** The text in this request's UI language (English outside a request). */
    default String current() {
        return in(UiLanguage.current().tag());
    }

    /** Where the bundles come from; outside Quarkus (plain unit tests) the English {@code @Message} texts, read simply. */
    final class Bundles {
        private static final Pattern PLURAL_EN = Pattern.compile("\\{(\\w+)\\.pluralEn\\('([^']*)', '([^']*)'\\)}");
        private static final Map<Class<?>, Object> PLAIN = new ConcurrentHashMap<>();

        private Bundles() {
        }

        /** The bundle in this request's language (English outside a request). */
        public static <B> B current(Class<B> bundle) {
            return get(bundle, UiLanguage.current().tag());
        }

        public static <B> B get(Class<B> bundle, String lang) {
            if (Arc.container() == null) {
                return bundle.cast(PLAIN.computeIfAbsent(bundle, Bundles::plain));
            }
            return lang.equals(Languages.DEFAULT.tag()) ? MessageBundles.get(bundle)
                    : MessageBundles.get(bundle, Localized.Literal.of(lang));
        }

        /**
         * Outside Quarkus no message template engine runs: fill {@code {param}} and {@code {n.pluralEn('a', 'b')}}
         * from the English text, which is enough for unit tests of forms and rules to read the sentence.
         */
        private static Object plain(Class<?> bundle) {
            return Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] {bundle},
                    (proxy, method, args) -> method.getDeclaringClass() == Object.class ? method.invoke(proxy, args) : fill(method, args));
        }

        private static String fill(Method method, Object[] args) {
            String text = method.getAnnotation(Message.class).value();
            Parameter[] params = method.getParameters();
            for (int i = 0; i < params.length; i++) {
                String name = params[i].getName();
                Object value = args[i];
                Matcher plural = PLURAL_EN.matcher(text);
                StringBuilder out = new StringBuilder();
                while (plural.find()) {
                    String word = !plural.group(1).equals(name) ? plural.group()
                            : String.valueOf(value).equals("1") ? plural.group(2) : plural.group(3);
                    plural.appendReplacement(out, Matcher.quoteReplacement(word));
                }
                plural.appendTail(out);
                text = out.toString().replace("{" + name + "}", String.valueOf(value));
            }
            return text;
        }
    }
}
