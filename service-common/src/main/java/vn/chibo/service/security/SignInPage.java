package vn.chibo.service.security;

import vn.chibo.service.web.Texts;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/** The sign-in page: one small form, the same on every service, every value escaped. */
final class SignInPage {

    private SignInPage() {
    }

    static String render(Locale locale, Texts texts, String next, boolean failed, List<SecurityProperties.Account> accounts) {
        String lang = locale.getLanguage();
        String other = "en".equals(lang) ? "vi" : "en";
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body{font-family:system-ui,"Segoe UI",Roboto,sans-serif;background:#f6f1ea;margin:0;color:#222}
                main{max-width:26rem;margin:8vh auto;background:#fff;padding:2rem;border-top:6px solid #b71c1c;box-shadow:0 1px 4px #0002}
                h1{font-size:1.3rem;margin:0 0 1rem;color:#b71c1c} label{display:block;margin:.8rem 0 .2rem}
                input{width:100%%;padding:.5rem;box-sizing:border-box;font-size:1rem} button{margin-top:1.2rem;padding:.6rem 1.2rem;
                background:#b71c1c;color:#fff;border:0;font-size:1rem;cursor:pointer} .error{color:#b71c1c;font-weight:600}
                table{margin-top:1.5rem;font-size:.85rem;border-collapse:collapse;width:100%%} td{padding:.2rem .4rem;border-top:1px solid #eee}
                </style></head><body><main>
                <h1>%s</h1>%s
                <form method="post" action="/login">
                <input type="hidden" name="next" value="%s"><input type="hidden" name="lang" value="%s">
                <label for="username">%s</label><input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">%s</label><input id="password" name="password" type="password" autocomplete="current-password" required>
                <button type="submit">%s</button></form>
                <p><a href="/login?lang=%s&amp;next=%s">%s</a></p>%s
                </main></body></html>
                """.formatted(lang, t(texts, locale, "signin.title"), t(texts, locale, "signin.title"),
                failed ? "<p class=\"error\" role=\"alert\">" + t(texts, locale, "signin.failed") + "</p>" : "",
                htmlEscape(next), lang, t(texts, locale, "signin.username"), t(texts, locale, "signin.password"),
                t(texts, locale, "signin.submit"), other, htmlEscape(java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)),
                t(texts, locale, "signin.other-language"), accounts(texts, locale, accounts));
    }

    /** The built-in accounts, so a first-time user of the demo knows whom to sign in as. */
    private static String accounts(Texts texts, Locale locale, List<SecurityProperties.Account> accounts) {
        if (accounts.isEmpty()) {
            return "";
        }
        String rows = accounts.stream().map(account -> "<tr><td><code>" + htmlEscape(account.username()) + "</code></td><td>"
                        + htmlEscape(account.name() == null ? "" : account.name()) + "</td></tr>")
                .collect(Collectors.joining());
        return "<table><caption>" + t(texts, locale, "signin.accounts") + "</caption>" + rows + "</table>";
    }

    private static String t(Texts texts, Locale locale, String code) {
        return htmlEscape(texts.resolve(code, locale));
    }
}
