// Every rule ran on the generated repository and found nothing.
String log = new File(basedir, 'build.log').getText('UTF-8')
['specTemplate', 'specFormat', 'rstSyntax', 'prioritiesDocument'].each {
    assert log =~ /(?m)^\[INFO\] ${it}: checked \d+ files?/ : "rule ${it} did not run"
}
assert log.contains('Rule 0: org.apache.maven.enforcer.rules.version.RequireMavenVersion passed')
assert !log.contains('[WARNING] specs/') && !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')

// The repository's own wrapper builds it too, offline: everything it needs came from Maven
// Central (or this reactor) into the isolated it-repo during the build above.
// The same settings, so that artifacts are attributed to the same repositories offline.
File itRepo = new File(basedir, '../../it-repo').canonicalFile
File settings = new File(basedir, '../interpolated-settings.xml').canonicalFile
assert settings.isFile()
Process wrapper = new ProcessBuilder('./mvnw', '-B', '-o', '-s', settings.path, '-Dmaven.repo.local=' + itRepo, 'verify')
        .directory(basedir).redirectErrorStream(true).start()
String output = wrapper.inputStream.getText('UTF-8')
wrapper.waitFor()
new File(basedir, 'mvnw.log').setText(output, 'UTF-8')
assert wrapper.exitValue() == 0 : "./mvnw -B -o verify failed:\n${output}"
assert output.contains('BUILD SUCCESS')

// The docs build rendered the site.
assert new File(basedir, 'target/specs-site/index.html').isFile()
