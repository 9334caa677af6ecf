// 1. verify failed on the edited spec only: it must follow version 2; the untouched one follows version 1.
def log = new File(basedir, 'build.log').getText('UTF-8')
String lines = new File(basedir, 'second-spec-lines.txt').getText('UTF-8').trim()
assert log.contains("[ERROR] specs/approved/second-spec.rst:${lines}:1: [missing-section] missing section"
        + " 'Sustainability impact'")
assert !log.contains('[ERROR] specs/approved/publish-specs-as-html.rst:')
assert !log.contains('[template-version]')
// 2. migrate changed the edited spec only: the marker and the new section.
assert log.contains('[INFO] specs/approved/second-spec.rst: 2 changes')
assert log.contains('[INFO]   line 1: declared template version 2')
assert log.contains("[INFO]   line ${lines}: added the missing section \"Sustainability impact\" with the body \"None\"")
assert log.contains('[INFO] Migrated 1 of 1 file.')
String migrated = new File(basedir, 'specs/approved/second-spec.rst').getText('UTF-8')
assert migrated.startsWith('.. template-version: 2\n\n..\n')
assert migrated.endsWith('\nSustainability impact\n=====================\n\nNone\n')
String untouched = new File(basedir, 'specs/approved/publish-specs-as-html.rst').getText('UTF-8')
assert !untouched.contains('template-version') && !untouched.contains('Sustainability impact')
// 3. verify is green again.
assert log.lastIndexOf('BUILD SUCCESS') > log.lastIndexOf('Migrated 1 of 1 file.')
assert log.lastIndexOf('BUILD FAILURE') < log.indexOf('Migrated 1 of 1 file.')
return true
