package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.bench.jvm.JavaCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

    @TempDir
    Path folder;

    /** A child program for these tests: sleeps for the given milliseconds, then exits with the given code. */
    static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("sleeper " + ProcessHandle.current().pid());
            Thread.sleep(Long.parseLong(args[0]));
            System.exit(Integer.parseInt(args[1]));
        }
    }

    @Test
    void givesTheChildsExitCode() {
        ProcessBuilder builder = new ProcessBuilder(JavaCommand.of(List.of(), Sleeper.class, List.of("0", "3")));

        assertThat(ChildJvm.run(builder, Duration.ofMinutes(1), "a sleeper")).isEqualTo(3);
    }

    @Test
    void aChildThatOverrunsItsLimitIsKilledBeforeTheFailure() throws Exception {
        Path output = folder.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(JavaCommand.of(List.of(), Sleeper.class, List.of("600000", "0")))
                .redirectOutput(output.toFile());

        assertThatThrownBy(() -> ChildJvm.run(builder, Duration.ofSeconds(5), "a sleeper"))
                .isInstanceOf(BenchFailure.class).hasMessage("a sleeper took over 5 s");

        String line = Files.readAllLines(output).stream().filter(text -> text.startsWith("sleeper ")).findFirst().orElseThrow();
        long pid = Long.parseLong(line.substring("sleeper ".length()));
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    }
}
