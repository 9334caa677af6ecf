package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.parse.DocumentParsers;
import io.github.specwright.core.template.TemplateVersionPolicy;
import io.github.specwright.core.template.TemplateVersions;
import io.github.specwright.core.template.VersionMarker;
import io.github.specwright.core.vcs.GitCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which version of its template a spec is checked against, under the {@code template-version}
 * policy: the latest for {@code latest}; the declared one for {@code declared} (the oldest when the
 * spec has no marker); for {@code latest-for-changed}, the latest when the spec changed since the
 * base, else the declared one. A marker naming a version the template does not have is a
 * {@code template-version} problem, and the spec is then checked against the latest version.
 * One instance serves one check run; not thread-safe.
 */
final class TemplateVersionChoice {

    /** The version to check against, and the problem with the spec's marker (null for none). */
    record Choice(TemplateVersions.Version version, Problem problem) {
    }

    private final CheckConfig config;
    private final Path realRoot;
    private final Map<String, TemplateVersions> versions = new HashMap<>();
    private Set<String> changed;

    TemplateVersionChoice(CheckConfig config, Path realRoot) {
        this.config = config;
        this.realRoot = realRoot;
    }

    /**
     * The version of {@code template} the spec at {@code specPath} (root-relative) is checked
     * against; null when that is simply the template file as it is.
     */
    Choice choose(String template, String specPath, Path specFile, String policyGlob) throws ConfigException {
        TemplateVersionPolicy policy = config.templateVersions().policyFor(policyGlob);
        if (policy == TemplateVersionPolicy.LATEST) {
            return null;
        }
        TemplateVersions known = versionsOf(template);
        if (!known.versioned()) {
            return null;
        }
        String text = read(specFile);
        if (text == null) {
            return null; // the file's own check says why it cannot be read
        }
        VersionMarker.Found declared = VersionMarker.find(text,
                DocumentParsers.formatOf(specPath) == DocumentParsers.Format.MARKDOWN);
        TemplateVersions.Version version = declared == null ? known.oldest() : known.get(declared.version());
        Problem problem = version != null ? null : new Problem(declared.line(), declared.column(),
                RuleIds.TEMPLATE_VERSION, "declares template version '" + declared.version() + "', which the template"
                        + " does not have (its versions: " + String.join(", ", known.names()) + "); declare one of them,"
                        + " or run migrate to bring the spec to the latest");
        if (version == null || (policy == TemplateVersionPolicy.LATEST_FOR_CHANGED && changed().contains(specPath))) {
            version = known.latest();
        }
        return new Choice(version, problem);
    }

    private TemplateVersions versionsOf(String template) throws ConfigException {
        TemplateVersions found = versions.get(template);
        if (found == null) {
            Path path = realRoot.resolve(template);
            if (!Files.isRegularFile(path)) {
                throw new ConfigException("template file not found: " + template + " (looked for " + path
                        + "); set 'template' in the configuration or add the file");
            }
            try {
                String text = read(path);
                if (text == null) {
                    throw new ConfigException("template file " + template + " is not UTF-8 text");
                }
                found = TemplateVersions.load(realRoot, template, text, config.templateVersions().copies(),
                        new GitCommand());
            } catch (IOException e) {
                throw new ConfigException("cannot read the versions of template " + template + ": "
                        + ConfigFileReader.describe(e));
            }
            versions.put(template, found);
        }
        return found;
    }

    /** The root-relative paths changed since the configured base; none without a base. */
    private Set<String> changed() throws ConfigException {
        if (changed == null) {
            changed = new HashSet<>();
            if (config.base() != null) {
                try {
                    changed.addAll(new GitChangedFiles().since(realRoot, config.base()));
                } catch (GitChangedFiles.GitException e) {
                    throw new ConfigException("cannot tell which specs changed since '" + config.base() + "': "
                            + e.getMessage());
                }
            }
        }
        return changed;
    }

    private static String read(Path file) {
        try {
            return SourceDecoder.decode(Files.readAllBytes(file)).text();
        } catch (IOException e) {
            return null;
        }
    }
}
