package vn.chibo.service.web;

/** A text users read, in Vietnamese (first) and English. */
public record Bilingual(String vi, String en) {
}
