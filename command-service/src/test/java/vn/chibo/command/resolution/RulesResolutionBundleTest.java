package vn.chibo.command.resolution;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule the resolution, task, plan and petition aggregates can break has its text in English
 * and in Vietnamese (bundle rules-resolution), so no problem reaches a user as a bare code.
 */
class RulesResolutionBundleTest {

    private static final Pattern RULE = Pattern.compile("\"((?:resolution|task|plan|petition)\\.[a-z-]+)\"");

    @Test
    void everyRuleThrownHasBothTexts() throws IOException {
        Properties english = bundle("i18n/rules-resolution.properties");
        Properties vietnamese = bundle("i18n/rules-resolution_vi.properties");
        Set<String> rules = rulesThrown();

        assertThat(rules).hasSizeGreaterThan(40);
        for (String rule : rules) {
            assertThat(english).as(rule + " in English").containsKey("rule." + rule);
            assertThat(vietnamese).as(rule + " in Vietnamese").containsKey("rule." + rule);
        }
        assertThat(vietnamese.keySet()).isEqualTo(english.keySet());
        english.values().forEach(text -> new MessageFormat(text.toString()));
        vietnamese.values().forEach(text -> new MessageFormat(text.toString()));
    }

    private static Set<String> rulesThrown() throws IOException {
        Set<String> rules = new TreeSet<>();
        Path root = Path.of("src/main/java/vn/chibo/command");
        for (String feature : new String[] {"resolution", "task", "plan", "petition"}) {
            try (Stream<Path> files = Files.walk(root.resolve(feature))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    var matcher = RULE.matcher(Files.readString(file));
                    while (matcher.find()) {
                        rules.add(matcher.group(1));
                    }
                }
            }
        }
        return rules;
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = RulesResolutionBundleTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
