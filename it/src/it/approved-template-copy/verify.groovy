def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] specTemplate: checked 6 files')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] \S+:\d+:\d+: /)
assert log.contains('BUILD SUCCESS')
