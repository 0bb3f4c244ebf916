package vn.chibo.report.document;

import java.time.LocalDate;

/** Dates as party documents write them: "Lục Ngạn, ngày 05 tháng 3 năm 2026" (days below 10 and months 1–2 with a zero). */
public final class VietnameseDate {

    private VietnameseDate() {
    }

    /** Without a place the date stands alone: "Ngày 05 tháng 3 năm 2026". */
    public static String placeAndDate(String place, LocalDate date) {
        if (place == null || place.isBlank()) {
            return "N" + date(date).substring(1);
        }
        return place.strip() + ", " + date(date);
    }

    public static String date(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
