// An option of the template rules set on specFormat would be ignored there: it fails the build, naming where it belongs.
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[ERROR] Rule 0: io.github.specwright.enforcer.SpecFormat failed with message:')
assert log.contains('[ERROR] specFormat: the option <allowImages> belongs to specTemplate (template rules), not to'
        + ' specFormat, which ignores it; move it there')
assert log.contains('[INFO] BUILD FAILURE')
