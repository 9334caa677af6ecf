def log = new File(basedir, 'build.log').readLines()
assert log.any { it ==~ /\[INFO\] specFormat: checked 3 files in \d+ ms, \d+ ms of CPU/ }
assert log.contains('[INFO] Rule 0: io.github.specwright.enforcer.SpecFormat passed')
