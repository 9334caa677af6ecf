def log = new File(basedir, 'build.log').readLines()
assert log.any { it ==~ /\[INFO\] prioritiesDocument: checked \d+ files in \d+ ms/ }
assert log.contains('[INFO] Rule 0: io.github.specwright.enforcer.PrioritiesDocument passed')
