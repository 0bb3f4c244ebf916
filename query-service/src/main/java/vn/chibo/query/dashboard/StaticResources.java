package vn.chibo.query.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The dashboard's scripts and styles, served from their own paths only. Spring Boot's default serves
 * static files from {@code /**}; with the resource chain on (webjars-locator-lite turns it on), every
 * link a page renders — {@code /cells/…}, {@code /members/…}, dozens per page — was then looked up as a
 * file in four classpath folders on every request, uncached because it is never found: 70% of
 * query-service's CPU under 50 dashboard users (BENCHMARKS.md). Boot's default mappings are off
 * ({@code spring.web.resources.add-mappings: false}); these are the only ones.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // the chain caches each resolved link, which a page renders several times per request
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        // version-less webjar paths (/webjars/htmx.org/dist/htmx.min.js) resolved to the jar's version
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
