package vn.chibo.command.command;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule a command handler can break has its text in English and in Vietnamese. */
class RuleTextsTest {

    private static final Pattern RULE = Pattern.compile("(?:new RuleViolation|RuleViolation\\.ofPolicy)\\(\\s*\"([a-z.-]+)\"");

    @Test
    void everyRuleHasAnEnglishAndAVietnameseText() throws IOException {
        Set<String> rules = rulesInSources();
        assertThat(rules).contains("organisation.move-creates-cycle", "member.cell-committee-full");
        assertThat(missing(rules, texts(false))).as("rules without an English text").isEmpty();
        assertThat(missing(rules, texts(true))).as("rules without a Vietnamese text").isEmpty();
    }

    private static Set<String> rulesInSources() throws IOException {
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                RULE.matcher(Files.readString(source)).results().forEach(match -> rules.add(match.group(1)));
            }
        }
        return rules;
    }

    private static Properties texts(boolean vietnamese) throws IOException {
        Properties texts = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".properties")
                    && path.toString().endsWith("_vi.properties") == vietnamese).toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    texts.load(reader);
                }
            }
        }
        return texts;
    }

    private static Set<String> missing(Set<String> rules, Properties texts) {
        Set<String> missing = new TreeSet<>();
        rules.stream().filter(rule -> !texts.containsKey("rule." + rule)).forEach(missing::add);
        return missing;
    }
}
