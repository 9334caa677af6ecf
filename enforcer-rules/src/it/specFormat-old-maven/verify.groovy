// The user reads which Maven to use, not Maven's own "Failed to create enforcer rules".
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] The Specwright enforcer rules need Maven 3.9.6 or newer. Build with the wrapper: ./mvnw verify')
assert log.contains('enforce (require-maven)')
assert !log.contains('Failed to create enforcer rules')
assert !log.contains('enforce (specs)')
