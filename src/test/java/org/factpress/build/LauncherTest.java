package org.factpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/factpress, the documented way to run factpress, and bin/record-aot-cache, which `mvn package` runs: copies of
 * both beside a target/ of empty files, run with stand-in java commands that print how they were started. Which
 * JVM and which cache the launcher picks, and which JDK the recorder trains with, are the scripts' own logic.
 */
class LauncherTest {
    @TempDir
    Path dir;
    Path target;
    Path jar;
    Path pathBin;

    @BeforeEach
    void copyTheScripts() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell");
        dir = dir.toRealPath();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String script : List.of("factpress", "record-aot-cache")) {
            Files.copy(Path.of("bin", script), bin.resolve(script));
        }
        target = Files.createDirectories(dir.resolve("target"));
        jar = Files.writeString(target.resolve("factpress.jar"), "");
        age(jar, 100);
        pathBin = Files.createDirectories(dir.resolve("path-bin"));
        stub(pathBin.resolve("java"), "echo \"path-java $*\"");
    }

    /** A JDK's home holding a release file of that version and a java that runs {@code body}. */
    Path jdk(String name, String version, String body) throws Exception {
        Path home = Files.createDirectories(dir.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        stub(Files.createDirectories(home.resolve("bin")).resolve("java"), body);
        return home;
    }

    static void stub(Path file, String body) throws Exception {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Sets the file's modification time {@code seconds} before a fixed instant: larger is older. */
    static void age(Path file, int seconds) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").minusSeconds(seconds)));
    }

    String run(Map<String, String> env, String script, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", dir.resolve("bin").resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", pathBin + ":/usr/bin:/bin");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** A cache `mvn package` recorded with a JDK 25 (target/factpress.aot.java): that JDK runs, with it. */
    void recordedCache(Path java, int age) throws Exception {
        age(Files.writeString(target.resolve("factpress.aot"), ""), age);
        age(Files.writeString(target.resolve("factpress.aot.java"), java + "\n"), age);
    }

    @Test
    void theJdkThatRecordedTheCacheRunsWithItAndTheSerialCollector() throws Exception {
        Path java = jdk("jdk-25", "25.0.3", "echo \"jdk25 $*\"").resolve("bin/java");
        recordedCache(java, 10);
        age(Files.writeString(target.resolve("factpress.jsa"), ""), 10);
        assertEquals("jdk25 -XX:+UseSerialGC -XX:AOTCache=" + target.resolve("factpress.aot") + " -jar " + jar
                + " build --no-pdf", run(Map.of(), "factpress", "build", "--no-pdf"));
    }

    @Test
    void aCacheOlderThanTheJarIsNotUsedAndJava17RunsWithItsArchive() throws Exception {
        Path java = jdk("jdk-25", "25.0.3", "echo \"jdk25 $*\"").resolve("bin/java");
        recordedCache(java, 200);
        age(Files.writeString(target.resolve("factpress.jsa"), ""), 10);
        assertEquals("path-java -XX:+UseSerialGC -XX:SharedArchiveFile=" + target.resolve("factpress.jsa")
                + " -Xlog:cds=off,cds+dynamic=off -jar " + jar + " check", run(Map.of(), "factpress", "check"));
    }

    @Test
    void anotherJavaNamedByTheDeskGetsNoCacheOfAnotherJvmButItsOptionsReplaceTheCollector() throws Exception {
        Path java = jdk("jdk-25", "25.0.3", "echo \"jdk25 $*\"").resolve("bin/java");
        recordedCache(java, 10);
        Path other = jdk("jdk-26", "26", "echo \"jdk26 $*\"").resolve("bin/java");
        assertEquals("jdk26 -Xmx1g -jar " + jar + " --version", run(Map.of("FACTPRESS_JAVA", other.toString(),
                "FACTPRESS_JAVA_OPTS", "-Xmx1g"), "factpress", "--version"));
        assertEquals("path-java -XX:+UseSerialGC -jar " + jar + " --version", run(Map.of("FACTPRESS_JAVA", "java"),
                "factpress", "--version"));
    }

    /** The training stand-in writes the cache it is asked for and adds its arguments to a list, one run a line. */
    static final String TRAINING = "for a in \"$@\"; do case \"$a\" in -XX:AOTCacheOutput=*) : > \"${a#*=}\";; esac; done\n"
            + "echo \"$*\" >> \"$(dirname \"$0\")/args\"";

    /** The arguments of each run of the stand-in {@code java}, in order. */
    static List<String> runs(Path java) throws Exception {
        return Files.readAllLines(java.resolveSibling("args"));
    }

    @Test
    void theNewestJdk25OrLaterFoundRecordsTheCacheWithTheLaunchersSettings() throws Exception {
        Path newest = jdk("jdk-99", "99.0.1", TRAINING);
        Path older = jdk("jdk-98", "98", TRAINING);
        Path fixture = Files.createDirectories(dir.resolve("src/test/resources/sites/example/articles/report"));
        Files.writeString(fixture.resolve("article.md"), "---\ntitle: \"A report\"\n---\n");
        Files.writeString(fixture.resolve("a-check.md"), "---\nsummary: \"Yes.\"\n---\n");
        String out = run(Map.of("JAVA_HOME_99_X64", newest.toString(), "JAVA_HOME", older.toString()),
                "record-aot-cache");
        assertTrue(out.contains("recorded"), out);
        assertTrue(Files.exists(target.resolve("factpress.aot")), out);
        assertEquals(newest.resolve("bin/java").toString(), Files.readString(target.resolve("factpress.aot.java")).strip());
        // A copy of the fixture built, one check edited, then built again from the cache: that run recorded.
        String build = "-XX:+UseSerialGC -jar " + jar + " build --content " + target.resolve("aot-training-content")
                + " --templates templates --out " + target.resolve("aot-training");
        assertEquals(List.of(build, "-XX:AOTCacheOutput=" + target.resolve("factpress.aot") + " " + build),
                runs(newest.resolve("bin/java")));
        assertEquals("---\nsummary: \"Edited. Yes.\"\n---\n",
                Files.readString(target.resolve("aot-training-content/articles/report/a-check.md")));
        assertFalse(Files.exists(older.resolve("bin/args")), "only the newest trains");
        // The launcher then runs that JDK with it.
        run(Map.of(), "factpress", "--version");
        List<String> runs = runs(newest.resolve("bin/java"));
        assertEquals("-XX:+UseSerialGC -XX:AOTCache=" + target.resolve("factpress.aot") + " -jar " + jar + " --version",
                runs.get(runs.size() - 1));
    }

    @Test
    void withNoJdk25OrLaterNothingIsRecordedAndAnOldCacheGoes() throws Exception {
        recordedCache(jdk("jdk-25", "25", TRAINING).resolve("bin/java"), 200);
        Path jdk17 = jdk("jdk-17", "17.0.15", TRAINING);
        String out = run(Map.of("FACTPRESS_AOT_JDK", jdk17.toString()), "record-aot-cache");
        assertTrue(out.contains("no JDK 25 or newer"), out);
        assertFalse(Files.exists(target.resolve("factpress.aot")));
        assertFalse(Files.exists(target.resolve("factpress.aot.java")));
        assertFalse(Files.exists(jdk17.resolve("bin/args")), "Java 17 does not train");
        assertTrue(run(Map.of(), "factpress", "--version").startsWith("path-java -XX:+UseSerialGC -jar"));
    }

    @Test
    void aFailedTrainingBuildLeavesNoCacheAndDoesNotFailThePackage() throws Exception {
        Path broken = jdk("jdk-25", "25", "exit 1");
        String out = run(Map.of("FACTPRESS_AOT_JDK", broken.toString()), "record-aot-cache");
        assertTrue(out.contains("failed"), out);
        assertFalse(Files.exists(target.resolve("factpress.aot")));
        assertFalse(Files.exists(target.resolve("factpress.aot.java")));
    }
}
