// A clear message saying what a good name looks like; nothing written.
def log = new File(basedir, 'build.log').text
assert log.contains("Specwright new: invalid spec name 'My_Feature': use lower-case letters, digits and single hyphens between words, e.g. my-feature (no extension, no spaces)")
assert !new File(basedir, 'specs/backlog').exists()
assert !new File(basedir, 'specs/approved').exists()
