package vn.chibo.service.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token says the caller is, and what they may do where: for pages and API clients. */
@RestController
public class WhoAmI {

    @GetMapping("/api/me")
    public Actor me() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("no actor"));
    }
}
