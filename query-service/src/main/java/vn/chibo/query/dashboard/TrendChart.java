package vn.chibo.query.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.RateFigure;

import java.util.List;
import java.util.Locale;

/** The data of the trend chart, as JSON the page's script draws: months and one series per rate. */
@Component
class TrendChart {

    private static final List<String> RATES = List.of("CELLS_MEETING", "ATTENDANCE", "TASKS_DONE");

    private final ObjectMapper json;
    private final MessageSource texts;

    TrendChart(ObjectMapper json, MessageSource texts) {
        this.json = json;
        this.texts = texts;
    }

    String json(List<IndicatorFigures> months, Locale locale) {
        List<Series> series = RATES.stream()
                .map(rate -> new Series(texts.getMessage("rate." + rate, null, rate, locale),
                        months.stream().map(month -> percent(month, rate)).toList()))
                .toList();
        try {
            return json.writeValueAsString(new Chart(months.stream().map(IndicatorFigures::period).toList(), series));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Double percent(IndicatorFigures month, String rate) {
        return month.rates().stream().filter(r -> r.rate().equals(rate)).findFirst().map(RateFigure::percent).orElse(null);
    }

    record Chart(List<String> months, List<Series> series) {
    }

    record Series(String name, List<Double> values) {
    }
}
