package vn.chibo.query.indicator;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import vn.chibo.events.indicator.Period;

/** Reads {@code ?period=2026-Q1} and its kin; anything else is a 400 naming the parameter. */
@Component
class PeriodConverter implements Converter<String, Period> {

    @Override
    public Period convert(String code) {
        return Period.parse(code.trim());
    }
}
