// Refused, naming the file that exists; nothing written.
def log = new File(basedir, 'build.log').text
assert log.contains("Specwright new: a spec named 'taken' already exists: specs/backlog/taken.rst; choose another name or edit that file")
assert new File(basedir, 'specs/backlog/taken.rst').text == 'Already here\n'
assert !new File(basedir, 'specs/approved/taken.rst').exists()
