package vn.chibo.service.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no identity provider is configured: the service signs and checks its own tokens. */
class EmbeddedIssuer implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String issuer = context.getEnvironment().getProperty("chibo.security.issuer-uri");
        return issuer == null || issuer.isBlank();
    }
}
