package vn.chibo.service;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/** A date is judged "in the future" by Vietnam's calendar, whatever the server's zone. */
class VietnamTodayTest {

    record Dated(@PastOrPresent LocalDate on) {
    }

    @Test
    void todayInVietnamIsNotInTheFutureAndTomorrowIs() {
        TimeZone server = TimeZone.getDefault();
        // UTC-12: the server's calendar is a day behind Vietnam's 19 hours a day
        TimeZone.setDefault(TimeZone.getTimeZone("Etc/GMT+12"));
        try {
            var configuration = Validation.byDefaultProvider().configure();
            new ServiceCommonAutoConfiguration().vietnamToday().customize(configuration);
            Validator validator = configuration.buildValidatorFactory().getValidator();
            LocalDate vietnamToday = LocalDate.now(ServiceCommonAutoConfiguration.VIETNAM);

            assertThat(validator.validate(new Dated(vietnamToday))).isEmpty();
            assertThat(validator.validate(new Dated(vietnamToday.plusDays(1)))).hasSize(1);
        } finally {
            TimeZone.setDefault(server);
        }
    }
}
