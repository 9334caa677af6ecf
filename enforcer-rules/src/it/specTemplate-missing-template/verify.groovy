// A template that does not exist is a configuration error: it fails the build even at WARN level.
def log = new File(basedir, 'build.log').readLines()
def template = new File(basedir, 'specs/no-such-template.rst').canonicalPath
assert log.contains('[ERROR] Rule 0: io.github.specwright.enforcer.SpecTemplate failed with message:')
def expected = "[ERROR] specTemplate: template file not found: ${template} (looked for ${template});" +
        " set 'template' in the configuration or add the file"
assert log.contains(expected.toString())
assert log.contains('[INFO] BUILD FAILURE')
