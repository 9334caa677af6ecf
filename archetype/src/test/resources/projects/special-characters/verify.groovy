// basedir: this IT's folder; context.projectDir: the generated repository.
def repository = evaluate(new File(basedir, '../generated-repository-checks.groovy'))
repository.check(context.projectDir, [projectName: '\u00C6r\u00F8 "Q" \'P\' & <x> $y #z \u00E9t\u00E9',
                                      trackerUrl: 'https://tracker.example.org/browse/SPEC-?a=1&b=2#x',
                                      release: 'v1-alpha'])
return true
