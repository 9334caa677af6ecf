// A file that cannot be decoded is reported and left byte for byte as it was.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] specs/approved/latin1.rst: not fixed: is not valid UTF-8')
assert log.any { it.contains('Specwright fix: some files could not be fixed (see above); they were left unchanged') }
def bytes = new File(basedir, 'specs/approved/latin1.rst').bytes
assert bytes == ([0x54, 0x69, 0x74, 0x6c, 0x65, 0x20, 0xff, 0x0a].collect { it as byte }) as byte[]
