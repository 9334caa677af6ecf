// basedir: this IT's folder; context.projectDir: the generated repository.
def repository = evaluate(new File(basedir, '../generated-repository-checks.groovy'))
repository.check(context.projectDir, [projectName: 'Ironic', trackerUrl: 'https://storyboard.openstack.org/#!/story/',
                                      release: '2027.1'])
return true
