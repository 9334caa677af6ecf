// The repository the other tests copy: generated with the defaults, mvnw executable.
File repository = new File(basedir, 'example-specs')
assert new File(repository, 'pom.xml').isFile()
assert new File(repository, 'specs/template.rst').isFile()
assert new File(repository, 'priorities/2027.1-priorities.rst').isFile()
assert new File(repository, 'mvnw').canExecute()
assert new File(basedir, 'build.log').text.contains('Specwright specs repository for \'Example\' created')
