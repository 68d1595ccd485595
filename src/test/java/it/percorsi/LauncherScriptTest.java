package it.percorsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/percorsi}, the packaged way to run the jar (README "Production build"), driven with a stand-in
 * {@code java} that records each call and does what the real one would leave behind (the extracted folder,
 * the cache file). The JDK's AOT cache has no effect on an executable Spring Boot jar, so the launcher must
 * extract the jar once, train the cache on the extracted form, and run the extracted jar with the cache; and
 * it must do the extraction and the training again only when the jar changes.
 */
class LauncherScriptTest {

    private static final String FAKE_JAVA = """
            #!/usr/bin/env bash
            echo "$*" >> "$CALLS"
            case "$*" in
              *PrintFlagsFinal*) echo "     ccstr AOTCacheOutput = {product}"; exit 0 ;;
            esac
            for a in "$@"; do
              case "$a" in -XX:AOTCacheOutput=*) out=${a#-XX:AOTCacheOutput=} ;; esac
            done
            if [[ "$*" == *jarmode=tools*extract* ]]; then
              dest=${@: -1}; jar=$3; mkdir -p "$dest/lib"; cp "$jar" "$dest/$(basename "$jar")"; exit 0
            fi
            if [[ -n "${out:-}" ]]; then
              [[ "${FAIL_TRAINING:-}" == 1 ]] && exit 3
              echo cache > "$out"
            fi
            exit 0
            """;

    @TempDir
    Path dir;
    private Path jar;
    private Path calls;
    private Path javaHome;

    @BeforeEach
    void setUp() throws IOException {
        javaHome = dir.resolve("jdk");
        Files.createDirectories(javaHome.resolve("bin"));
        Path java = javaHome.resolve("bin/java");
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(dir.resolve("dist"));
        jar = dir.resolve("dist/percorsi-1.0.jar");
        Files.writeString(jar, "jar v1");
        calls = dir.resolve("calls.txt");
    }

    @Test
    void firstRunExtractsTrainsOnTheExtractedJarAndRunsItWithTheCache() throws Exception {
        List<String> first = launch(Map.of(), "--server.port=9999");

        Path app = dir.resolve("dist/percorsi-1.0");
        assertThat(first).hasSize(4);
        assertThat(first.get(1)).contains("-Djarmode=tools -jar " + jar + " extract --destination " + app + ".part");
        assertThat(first.get(2)).contains("-XX:AOTCacheOutput=" + app.resolve("percorsi.aot"))
                .contains("-jar " + app.resolve("percorsi-1.0.jar")).contains("--percorsi.aot.training=true")
                .contains("--server.port=9999");
        assertThat(first.get(3)).isEqualTo("--enable-native-access=ALL-UNNAMED -XX:AOTCache="
                + app.resolve("percorsi.aot") + " -jar " + app.resolve("percorsi-1.0.jar") + " --server.port=9999");
        assertThat(app.resolve("percorsi-1.0.jar")).hasContent("jar v1");
        assertThat(dir.resolve("dist/percorsi-1.0.part")).doesNotExist();
    }

    @Test
    void laterRunsNeitherExtractNorTrainUntilTheJarChanges() throws Exception {
        launch(Map.of());
        Files.delete(calls);

        List<String> second = launch(Map.of());
        assertThat(second).hasSize(2);
        assertThat(second.get(1)).contains("-XX:AOTCache=").doesNotContain("extract").doesNotContain("AOTCacheOutput");

        Files.writeString(jar, "jar v2");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        Files.delete(calls);
        List<String> third = launch(Map.of());
        assertThat(third).hasSize(4);
        assertThat(third.get(1)).contains("extract");
        assertThat(third.get(2)).contains("-XX:AOTCacheOutput=");
        assertThat(dir.resolve("dist/percorsi-1.0/percorsi-1.0.jar")).hasContent("jar v2");
    }

    @Test
    void aFailedTrainingStillStartsThePortalFromTheExtractedJarWithoutACache() throws Exception {
        List<String> run = launch(Map.of("FAIL_TRAINING", "1"));

        assertThat(run).hasSize(4);
        assertThat(run.get(3)).doesNotContain("AOTCache")
                .contains("-jar " + dir.resolve("dist/percorsi-1.0/percorsi-1.0.jar"));
    }

    @Test
    void aJarThatIsMissingIsReportedByName() throws Exception {
        Process p = process(Map.of(), dir.resolve("dist/nothing.jar").toString());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("jar not found: " + dir.resolve("dist/nothing.jar"));
    }

    private List<String> launch(Map<String, String> env, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(jar.toString()));
        all.addAll(List.of(args));
        Process p = process(env, all.toArray(String[]::new));
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isZero();
        return Files.readAllLines(calls);
    }

    private Process process(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("bin/percorsi").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("CALLS", calls.toString());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("PERCORSI_APP_DIR");
        builder.environment().remove("PERCORSI_AOT_CACHE");
        builder.environment().putAll(env);
        return builder.start();
    }
}
