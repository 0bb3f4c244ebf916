package vn.chibo.service.web;

import org.springframework.context.MessageSource;

import java.util.Arrays;
import java.util.Locale;

/** Resolves message codes to {@link Bilingual} texts from the services' message bundles. */
public class Texts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    public Bilingual of(String code, Object... args) {
        return new Bilingual(resolve(code, VIETNAMESE, args), resolve(code, Locale.ENGLISH, args));
    }

    /**
     * Like {@link #of} but arguments that are themselves texts are given in the same language: a
     * {@link Bilingual}, or an enum constant named under {@code enum.<Type>.<CONSTANT>} (its name when not).
     */
    public String resolve(String code, Locale locale, Object... args) {
        Object[] resolved = Arrays.stream(args).map(a -> inLanguage(a, locale)).toArray();
        return messages.getMessage(code, resolved, code, locale);
    }

    private Object inLanguage(Object argument, Locale locale) {
        if (argument instanceof Bilingual b) {
            return locale == VIETNAMESE ? b.vi() : b.en();
        }
        if (argument instanceof Enum<?> e) {
            return messages.getMessage("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), null, e.name(), locale);
        }
        return argument;
    }
}
