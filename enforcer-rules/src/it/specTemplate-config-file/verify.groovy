// The config file moves the template to design/ and drops the licence header requirement;
// with the defaults this project would fail (no specs/template.rst, no header in the approved spec).
def log = new File(basedir, 'build.log').readLines()
assert log.any { it ==~ /\[INFO\] specTemplate: checked 3 files in \d+ ms, \d+ ms of CPU/ }
assert log.contains('[INFO] Rule 0: io.github.specwright.enforcer.SpecTemplate passed')
