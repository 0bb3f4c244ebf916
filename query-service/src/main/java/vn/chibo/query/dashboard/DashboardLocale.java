package vn.chibo.query.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.chibo.service.web.PageLocale;

/** The dashboard speaks Vietnamese; {@code ?lang=en} switches to English and a cookie remembers it. */
@Configuration
@Import(PageLocale.class)
class DashboardLocale {
}
