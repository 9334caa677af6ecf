// A glob that does not compile is a configuration error that names it and where it was set.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[ERROR] Rule 0: io.github.specwright.enforcer.SpecTemplate failed with message:')
assert log.contains("[ERROR] specTemplate: invalid glob 'specs/[draft' in excludes: Missing '] near index 11")
