// Runs after `mvn archetype:generate` has written the repository.
//
// 1. Checks the values the user gave: the archetype plugin ignores validationRegex in batch
//    mode, and a bad value would otherwise produce a repository that does not build. On a
//    bad value the half-written repository is deleted and generation fails with a message
//    that names the property, the value and the rule.
// 2. Sizes every title adornment of the generated .rst files to its title: the titles hold
//    the project and release names, whose width is only known now.
// 3. Keeps the files of the chosen format (-Dformat=rst, the default, or markdown) and
//    deletes the other's; fills in the values of the Markdown files, which are copied
//    unfiltered because Velocity reads their '##' headings as comments.
// 4. Makes mvnw executable again (archetype resources lose the file mode).

import java.nio.charset.StandardCharsets
import java.nio.file.Files

File repository = new File(request.outputDirectory, request.artifactId)
Properties values = request.properties

// Longest name that keeps every generated line within 79 columns.
final int MAX_PROJECT_NAME = 40
final int MAX_RELEASE = 30

List<String> problems = []

String projectName = values.getProperty('projectName', '')
if (projectName.isBlank()) {
    problems << "projectName is empty: give the name of the project the specs are about, e.g. -DprojectName=Ironic"
} else {
    if (projectName != projectName.strip()) {
        problems << "projectName '${projectName}' starts or ends with white space"
    }
    if (projectName.codePointCount(0, projectName.length()) > MAX_PROJECT_NAME) {
        problems << "projectName '${projectName}' is longer than ${MAX_PROJECT_NAME} characters"
    }
    if (projectName.codePoints().toArray().any { int cp -> Character.isISOControl(cp) }) {
        problems << "projectName contains a control character (tab, new line, ...)"
    }
    if (!Character.isLetterOrDigit(projectName.codePointAt(0))) {
        problems << "projectName '${projectName}' must start with a letter or a digit"
    }
    // These would turn the name into reStructuredText markup in titles and prose.
    String markup = projectName.findAll { it in ['`', '*', '|', '\\'] }.unique().join(' ')
    if (!markup.isEmpty()) {
        problems << "projectName '${projectName}' contains reStructuredText markup characters: ${markup}"
    }
    if (projectName.endsWith('_') || projectName.endsWith(':')) {
        problems << "projectName '${projectName}' must not end with '_' or ':' (reStructuredText markup)"
    }
}

String trackerUrl = values.getProperty('trackerUrl', '')
if (!(trackerUrl ==~ /https?:\/\/[^\s<>"`\\{}]+/)) {
    problems << "trackerUrl '${trackerUrl}' is not an http(s) URL without spaces, e.g. -DtrackerUrl=https://github.com/org/project/issues/"
}

String release = values.getProperty('release', '')
if (!(release ==~ /[A-Za-z0-9][A-Za-z0-9._-]*/) || release.length() > MAX_RELEASE) {
    problems << "release '${release}' must be at most ${MAX_RELEASE} letters, digits, '.', '_' or '-', starting with a letter or digit, e.g. -Drelease=2027.1"
}

String format = values.getProperty('format', 'rst')
if (!(format in ['rst', 'markdown'])) {
    problems << "format '${format}' is not rst or markdown: -Dformat=rst (reStructuredText specs, the default) or -Dformat=markdown"
}

if (!problems.isEmpty()) {
    repository.deleteDir()
    String message = "Specwright archetype: cannot generate ${request.artifactId}:\n  - " + problems.join('\n  - ') +
            "\nNothing was generated. Fix the value(s) and run archetype:generate again."
    throw new IllegalArgumentException(message)
}

/** Columns a string takes in a terminal: combining marks take none, wide East Asian letters two. */
int displayWidth(String text) {
    int width = 0
    for (int cp : text.codePoints().toArray()) {
        int type = Character.getType(cp)
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            continue
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
                (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
                (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD)
        width += wide ? 2 : 1
    }
    return width
}

boolean isAdornment(String line) {
    return line.length() >= 3 && line ==~ /([=\-~^"'`#*+])\1+/
}

/** Resizes the underline (and overline, if any) of each title to the title's width. */
String sizeTitleAdornments(String text) {
    List<String> lines = text.split('\n', -1) as List
    for (int i = 1; i < lines.size(); i++) {
        String title = lines[i - 1]
        if (!isAdornment(lines[i]) || title.isBlank() || isAdornment(title) || Character.isWhitespace(title.charAt(0))) {
            continue
        }
        String adornment = lines[i].substring(0, 1).multiply(displayWidth(title))
        if (i >= 2 && lines[i - 2] == lines[i]) {
            lines[i - 2] = adornment
        }
        lines[i] = adornment
    }
    return lines.join('\n')
}

// The specs, the template, the priorities document and the README in one format.
String dropped = format == 'markdown' ? '.rst' : '.md'
new File(repository, 'README' + dropped).delete()
if (format != 'markdown') {
    new File(repository, 'specwright.conf').delete()
}
['specs', 'priorities'].each { String folder ->
    new File(repository, folder).eachFileRecurse { File file ->
        if (file.isFile() && file.name.endsWith(dropped)) {
            file.delete()
        }
    }
}
/**
 * The project name as Markdown text: characters that would open a construct (an HTML tag or
 * autolink, a link, emphasis, an entity) are backslash-escaped, and so is the dot or parenthesis
 * of a leading number, which would start an ordered list where the name begins a line.
 */
String markdownText(String text) {
    String escaped = text.replaceAll(/([<>\[\]_&])/, '\\\\$1')
    return escaped.replaceFirst(/^(\d{1,9})([.)])(?= |$)/, '$1\\\\$2')
}

if (format == 'markdown') {
    Map<String, String> placeholders = ['${projectName}': markdownText(projectName), '${trackerUrl}': trackerUrl,
                                        '${release}': release]
    repository.eachFileRecurse { File file ->
        if (file.isFile() && file.name.endsWith('.md')) {
            String text = new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8)
            String filled = text
            placeholders.each { String placeholder, String value -> filled = filled.replace(placeholder, value) }
            if (filled != text) {
                Files.write(file.toPath(), filled.getBytes(StandardCharsets.UTF_8))
            }
        }
    }
}

repository.eachFileRecurse { File file ->
    if (file.isFile() && file.name.endsWith('.rst')) {
        String text = new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8)
        String sized = sizeTitleAdornments(text)
        if (sized != text) {
            Files.write(file.toPath(), sized.getBytes(StandardCharsets.UTF_8))
        }
    }
}

new File(repository, 'mvnw').setExecutable(true, false)

println "Specwright specs repository for '${projectName}' created in ${repository}"
println "Next: cd ${request.artifactId} && ./mvnw -B verify"
