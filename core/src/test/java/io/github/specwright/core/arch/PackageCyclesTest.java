package io.github.specwright.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No package of core depends, directly or through others, on a package that depends on it. A
 * dependency is any mention of a class of another core package in a source file: an import, or
 * a fully qualified name in the code.
 */
class PackageCyclesTest {

    private static final String CORE = "io.github.specwright.core";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    /** A core package followed by a class name (capitalised). */
    private static final Pattern MENTION = Pattern.compile("\\b(" + Pattern.quote(CORE) + "(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void corePackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> dependencies = dependencies(Path.of("src", "main", "java"));
        assertThat(dependencies).as("the scan finds the packages").containsKeys(CORE + ".check", CORE + ".model");
        assertThat(cycles(dependencies)).as("groups of packages that depend on each other").isEmpty();
    }

    @Test
    void theAnalysisFindsACycle() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        dependencies.put("a", Set.of("b"));
        dependencies.put("b", Set.of("c"));
        dependencies.put("c", Set.of("a"));
        dependencies.put("d", Set.of("a"));
        assertThat(cycles(dependencies)).containsExactly(List.of("a", "b", "c"));
    }

    static Map<String, Set<String>> dependencies(Path sources) throws IOException {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher declared = PACKAGE.matcher(text);
                if (!declared.find()) {
                    continue;
                }
                String own = declared.group(1);
                Set<String> used = dependencies.computeIfAbsent(own, p -> new TreeSet<>());
                Matcher mention = MENTION.matcher(text);
                while (mention.find()) {
                    if (!mention.group(1).equals(own)) {
                        used.add(mention.group(1));
                    }
                }
            }
        }
        return dependencies;
    }

    /** The strongly connected components of more than one package (Tarjan's algorithm), each sorted. */
    static List<List<String>> cycles(Map<String, Set<String>> dependencies) {
        Tarjan tarjan = new Tarjan(dependencies);
        for (String node : dependencies.keySet()) {
            if (!tarjan.index.containsKey(node)) {
                tarjan.visit(node);
            }
        }
        return tarjan.components;
    }

    private static final class Tarjan {
        final Map<String, Set<String>> edges;
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> low = new HashMap<>();
        final Deque<String> stack = new ArrayDeque<>();
        final Set<String> onStack = new TreeSet<>();
        final List<List<String>> components = new ArrayList<>();

        Tarjan(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : edges.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                List<String> component = new ArrayList<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1) {
                    component.sort(null);
                    components.add(component);
                }
            }
        }
    }
}
