package vn.chibo.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Map;

/**
 * The {@link PlainText} rule for query parameters: a parameter holding a NUL or another control
 * character is refused with a 400 naming it, before it reaches a query (PostgreSQL rejects NUL in text).
 */
public class PlainTextParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!PlainText.acceptable(parameter.getKey()) || !PlainText.acceptable(value)) {
                    throw new UnreadableParameter(parameter.getKey());
                }
            }
        }
        return true;
    }

    /** A query parameter that is not plain text. */
    public static class UnreadableParameter extends RuntimeException {
        private final String name;

        UnreadableParameter(String name) {
            super("parameter " + name + " is not plain text");
            this.name = name;
        }

        public String name() {
            return name;
        }
    }
}
