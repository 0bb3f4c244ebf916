package vn.chibo.report.periodic;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.chibo.service.web.PageLocale;

/** The reports page speaks Vietnamese; {@code ?lang=en} switches to English, as on the dashboard. */
@Configuration
@Import(PageLocale.class)
class ReportsLocale {
}
