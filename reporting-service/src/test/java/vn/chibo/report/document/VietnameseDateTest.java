package vn.chibo.report.document;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseDateTest {

    @Test
    void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
        assertThat(VietnameseDate.placeAndDate("Lục Ngạn", LocalDate.of(2026, 3, 5))).isEqualTo("Lục Ngạn, ngày 05 tháng 3 năm 2026");
        assertThat(VietnameseDate.date(LocalDate.of(2026, 2, 14))).isEqualTo("ngày 14 tháng 02 năm 2026");
        assertThat(VietnameseDate.date(LocalDate.of(2026, 11, 22))).isEqualTo("ngày 22 tháng 11 năm 2026");
    }

    @Test
    void withoutAPlaceTheDateStandsAloneCapitalised() {
        assertThat(VietnameseDate.placeAndDate(" ", LocalDate.of(2026, 3, 5))).isEqualTo("Ngày 05 tháng 3 năm 2026");
    }
}
