// The repository's pre-commit hook, run by the real pre-commit tool on a generated repository.
// pre-commit is installed by .ci/run; outside CI the test is skipped, saying so, when it is missing.
boolean onPath(String tool) {
    System.getenv('PATH').split(File.pathSeparator).any { new File(it, tool).canExecute() }
}
if (!onPath('pre-commit')) {
    assert System.getenv('CI') != 'true' : 'pre-commit is not installed in CI (.ci/run installs Debian\'s package)'
    println 'SKIPPED: pre-commit-hook IT: pre-commit is not installed (apt-get install -y pre-commit)'
    return true
}
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')

File itRepo = new File(basedir, '../../it-repo').canonicalFile
File settings = new File(basedir, '../interpolated-settings.xml').canonicalFile
Map<String, String> environment = [
    // The hook's ./mvnw reads these: offline, from the isolated repository the IT build filled.
    MAVEN_ARGS: "-o -s ${settings.path} -Dmaven.repo.local=${itRepo.path}".toString(),
    PRE_COMMIT_HOME: new File(basedir, 'pre-commit-home').path,
    GIT_AUTHOR_NAME: 'Specwright IT', GIT_AUTHOR_EMAIL: 'it@example.org',
    GIT_COMMITTER_NAME: 'Specwright IT', GIT_COMMITTER_EMAIL: 'it@example.org',
]

String run(Map<String, String> environment, int expectedExit, String... command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    builder.environment().putAll(environment)
    Process process = builder.start()
    String output = process.inputStream.getText('UTF-8')
    process.waitFor()
    new File(basedir, 'commands.log') << "\$ ${command.join(' ')}\n${output}(exit ${process.exitValue()})\n\n"
    assert process.exitValue() == expectedExit : "${command.join(' ')} exited ${process.exitValue()}, not ${expectedExit}:\n${output}"
    return output
}

// A clean repository of the generated files, committed.
new File(basedir, '.gitignore') << 'build.log\ncommands.log\npre-commit-home/\n*.groovy\ninvoker.properties\n'
run(environment, 0, 'git', 'init', '-q', '-b', 'main')
run(environment, 0, 'git', 'add', '-A')
run(environment, 0, 'git', 'commit', '-q', '-m', 'Generated specs repository')
assert new File(basedir, '.pre-commit-config.yaml').isFile()

// On the clean tree the hook passes.
String clean = run(environment, 0, 'pre-commit', 'run', '--all-files')
assert clean =~ /specwright check \(changed specs\)\.+Passed/

// An author changes a spec and leaves a trailing space; the change is staged for the next commit.
File spec = new File(basedir, 'specs/approved/publish-specs-as-html.rst')
List<String> lines = spec.getText('UTF-8').split('\n', -1) as List
int line = lines.findIndexOf { it.startsWith('The specs are only readable') } + 1
lines[line - 1] = lines[line - 1] + ' '
spec.setText(lines.join('\n'), 'UTF-8')
run(environment, 0, 'git', 'add', spec.path)

String failed = run(environment, 1, 'pre-commit', 'run', '--all-files')
assert failed =~ /specwright check \(changed specs\)\.+Failed/
assert line == 25 && lines[line - 1].length() == 75
assert failed.contains('[ERROR] specs/approved/publish-specs-as-html.rst:25:75: error [trailing-whitespace] trailing whitespace\n')

// The fix goal repairs it; staged again, the hook passes.
run(environment, 0, './mvnw', '-q', '-B', 'specwright:fix')
assert !spec.getText('UTF-8').contains(' \n')
run(environment, 0, 'git', 'add', spec.path)
String fixed = run(environment, 0, 'pre-commit', 'run', '--all-files')
assert fixed =~ /specwright check \(changed specs\)\.+Passed/
return true
