package vn.chibo.service.web;

import java.util.Locale;

/** A text users read, in Vietnamese (first) and English. */
public record Bilingual(String vi, String en) {

    /** The text in the reader's language: English for English, Vietnamese otherwise. */
    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : vi;
    }
}
