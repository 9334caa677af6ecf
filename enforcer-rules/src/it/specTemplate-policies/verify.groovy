// <policies> in the POM: drafts/ may omit Testing and Alternatives and add sections;
// backlog/ falls under defaultPolicy ignore, so its broken spec is not even read.
def log = new File(basedir, 'build.log').readLines()
assert log.any { it ==~ /\[INFO\] specTemplate: checked 2 files in \d+ ms, \d+ ms of CPU/ }
assert log.contains('[INFO] Rule 0: io.github.specwright.enforcer.SpecTemplate passed')
