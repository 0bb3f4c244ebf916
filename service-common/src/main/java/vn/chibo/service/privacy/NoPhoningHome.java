package vn.chibo.service.privacy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns off Axon's update checker, which otherwise reports usage to an outside server: a platform that
 * holds party records makes no calls out that its operators did not choose. Set the system property
 * {@code axoniq.update-checker.disabled=false} to opt back in.
 */
public class NoPhoningHome implements EnvironmentPostProcessor {

    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
    }
}
