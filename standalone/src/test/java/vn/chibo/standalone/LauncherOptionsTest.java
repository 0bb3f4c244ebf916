package vn.chibo.standalone;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherOptionsTest {

    @Test
    void theWholeChainByDefaultOrOneSubtreeOnADay() {
        LauncherOptions whole = LauncherOptions.parse(new String[]{"--verify-chain"}, Map.of());
        assertThat(whole.verifyChain()).isTrue();
        assertThat(whole.verifySubtree()).isNull();

        LauncherOptions subtree = LauncherOptions.parse(
                new String[]{"--verify-chain", "--subtree=xa-bien-son", "--day=2026-11-30"}, Map.of());
        assertThat(subtree.verifySubtree()).isEqualTo("xa-bien-son");
        assertThat(subtree.verifyDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(LauncherOptions.parse(new String[]{"--verify-chain", "--subtree=xa-bien-son"}, Map.of()).verifyDay()).isNull();
    }

    @Test
    void aSubtreeOrDayWithoutWhatItBelongsToIsAUsageError() {
        assertThatThrownBy(() -> LauncherOptions.parse(new String[]{"--subtree=xa-bien-son"}, Map.of()))
                .hasMessageContaining("--subtree goes with --verify-chain");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[]{"--verify-chain", "--day=2026-11-30"}, Map.of()))
                .hasMessageContaining("--day with --subtree");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[]{"--verify-chain", "--subtree=x", "--day=2026-02-30"}, Map.of()))
                .hasMessageContaining("--day takes a day as YYYY-MM-DD, not 2026-02-30");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[]{"--verify-chain", "--subtree="}, Map.of()))
                .hasMessageContaining("Unknown option --subtree=");
    }
}
