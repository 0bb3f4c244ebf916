package vn.chibo.service.web;

/** One bad field of a request: its path and what is wrong with it, in both languages. */
public record FieldProblem(String field, String message, String messageEn) {
}
