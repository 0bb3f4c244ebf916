package vn.chibo.service.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of a service's pages: Vietnamese; {@code ?lang=en} switches to English and a cookie
 * remembers it, so the dashboard and the reports page keep the reader's choice between them. Imported
 * by the services that serve pages.
 */
@Configuration
public class PageLocale implements WebMvcConfigurer {

    /** The cookie holding the reader's choice. */
    public static final String COOKIE = "chibo-lang";

    @Bean
    public LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocale(Texts.VIETNAMESE);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        // a hostile ?lang= is ignored, not an error
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
