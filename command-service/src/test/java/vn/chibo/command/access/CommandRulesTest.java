package vn.chibo.command.access;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command of the contracts has an access rule: a new command without one fails here. */
class CommandRulesTest {

    @Test
    void everyCommandOfTheContractsHasARule() throws Exception {
        List<Class<?>> commands = commandsOfTheContracts();

        assertThat(commands).as("commands found in shared-events").hasSizeGreaterThan(50);
        assertThat(commands).allSatisfy(command ->
                assertThat(CommandRules.of(command)).as("access rule for " + command.getName()).isPresent());
        assertThat(CommandRules.all().keySet()).as("rules only for commands").containsExactlyInAnyOrderElementsOf(commands);
    }

    @Test
    void theCommandsNoPersonMaySendAreThoseThePlatformSendsItself() {
        Set<String> systemOnly = CommandRules.all().values().stream().filter(Rule::systemOnly)
                .map(rule -> rule.type().getSimpleName()).collect(Collectors.toSet());

        assertThat(systemOnly).containsExactlyInAnyOrder("AbsorbOrganisation", "FormSplitPart", "TransferTask",
                "MarkTaskOverdue", "TransferPlan", "CountUnexcusedAbsence");
    }

    /** The records of vn.chibo.events with a target aggregate identifier: what command handlers receive. */
    static List<Class<?>> commandsOfTheContracts() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        List<Class<?>> commands = new java.util.ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("vn.chibo.events")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (isCommand(type)) {
                commands.add(type);
            }
        }
        return commands;
    }

    private static boolean isCommand(Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            try {
                if (type.getDeclaredField(component.getName()).isAnnotationPresent(TargetAggregateIdentifier.class)) {
                    return true;
                }
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }
}
