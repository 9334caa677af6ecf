package io.github.specwright.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What core exports is decided in one place, module-info.java: every package outside
 * {@code io.github.specwright.core.internal} is exported and documented (package-info.java), no
 * internal package is, and the adapters (CLI, enforcer rules, Maven plugin, benchmark) use only
 * exported packages, even though they run core from the class path where nothing enforces it.
 */
class ModuleApiTest {

    private static final String CORE = "io.github.specwright.core";
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern EXPORT = Pattern.compile("^\\s*exports\\s+([\\w.]+);", Pattern.MULTILINE);

    @Test
    void everyApiPackageIsExportedAndDocumentedAndNoInternalOneIs() throws IOException {
        Set<String> exported = new TreeSet<>();
        Matcher matcher = EXPORT.matcher(Files.readString(SOURCES.resolve("module-info.java"), StandardCharsets.UTF_8));
        while (matcher.find()) {
            exported.add(matcher.group(1));
        }
        Set<String> api = new TreeSet<>();
        Set<String> undocumented = new TreeSet<>();
        for (String pkg : packagesWithClasses()) {
            if (!pkg.equals(CORE + ".internal") && !pkg.startsWith(CORE + ".internal.")) {
                api.add(pkg);
                if (!Files.exists(SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java"))) {
                    undocumented.add(pkg);
                }
            }
        }
        assertThat(api).as("packages outside internal").contains(CORE + ".check", CORE + ".model");
        assertThat(exported).as("module-info's exports: every package outside internal, and no other").isEqualTo(api);
        assertThat(undocumented).as("exported packages without a package-info.java").isEmpty();
    }

    @Test
    void theAdaptersUseOnlyExportedPackages() throws IOException {
        Set<String> offenders = new TreeSet<>();
        int files = 0;
        for (String module : new String[] {"cli", "enforcer-rules", "maven-plugin", "bench"}) {
            Path sources = Path.of("..", module, "src", "main", "java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(sources)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                    files++;
                    if (Files.readString(file, StandardCharsets.UTF_8).contains(CORE + ".internal.")) {
                        offenders.add(file.toString());
                    }
                }
            }
        }
        assertThat(files).as("adapter sources read").isGreaterThan(20);
        assertThat(offenders).as("adapter sources naming a core.internal class").isEmpty();
    }

    private static Set<String> packagesWithClasses() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString();
                if (!name.equals("package-info.java") && !name.equals("module-info.java")) {
                    packages.add(SOURCES.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.'));
                }
            }
        }
        return packages;
    }
}
