package io.github.specwright.core.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The documents of a repository as the archetype generates them with its default answers: the archetype's
 * {@code .rst} templates with their {@code ${property}} placeholders and {@code __property__} file names filled
 * from {@code archetype-metadata.xml}. Only documents are produced; the site needs nothing else.
 */
final class GeneratedRepository {

    static final Path ARCHETYPE = Path.of("../archetype/src/main/resources");

    private GeneratedRepository() {
    }

    static boolean available() {
        return Files.isDirectory(ARCHETYPE.resolve("archetype-resources"));
    }

    static void generate(Path target) throws IOException {
        Map<String, String> properties = defaults();
        Path resources = ARCHETYPE.resolve("archetype-resources");
        List<Path> documents;
        try (Stream<Path> files = Files.walk(resources)) {
            documents = files.filter(p -> p.toString().endsWith(".rst")).toList();
        }
        for (Path document : documents) {
            String relative = resources.relativize(document).toString();
            for (Map.Entry<String, String> property : properties.entrySet()) {
                relative = relative.replace("__" + property.getKey() + "__", property.getValue());
            }
            String text = Files.readString(document);
            for (Map.Entry<String, String> property : properties.entrySet()) {
                text = text.replace("${" + property.getKey() + "}", property.getValue());
            }
            Path out = target.resolve(relative);
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
        }
    }

    private static Map<String, String> defaults() throws IOException {
        String metadata = Files.readString(ARCHETYPE.resolve("META-INF/maven/archetype-metadata.xml"));
        Map<String, String> properties = new LinkedHashMap<>();
        Matcher property = Pattern.compile("<requiredProperty key=\"([^\"]+)\">.*?<defaultValue>([^<]*)</defaultValue>", Pattern.DOTALL)
                .matcher(metadata);
        while (property.find()) {
            properties.put(property.group(1), property.group(2));
        }
        properties.put("symbol_dollar", "$");
        properties.put("symbol_pound", "#");
        properties.put("symbol_escape", "\\");
        return properties;
    }
}
