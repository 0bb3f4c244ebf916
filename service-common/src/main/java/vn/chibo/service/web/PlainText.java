package vn.chibo.service.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * Text that comes in over HTTP is text people can read: control characters other than tab and line
 * breaks, NUL among them, and broken Unicode (unpaired surrogates, noncharacters) are refused where they
 * are read, naming the field, rather than failing later in a database or a document.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The Jackson module that applies the rule to every string of a request body. */
    public static SimpleModule module() {
        return new SimpleModule("chibo-plain-text").addDeserializer(String.class, new Deserializer());
    }

    /** Whether the text holds only characters people can read and write. */
    public static boolean acceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return false;
            }
        }
        return true;
    }

    /** Thrown for a string that is not {@link #acceptable}: a 400 naming the field. */
    public static final class UnreadableText extends MismatchedInputException {
        UnreadableText(JsonParser parser) {
            super(parser, "text with control characters or broken Unicode", String.class);
        }
    }

    private static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && !acceptable(text)) {
                throw new UnreadableText(parser);
            }
            return text;
        }
    }
}
