// The spec is the template with the new title, its adornment sized to it.
def spec = new File(basedir, 'specs/approved/my-feature.rst')
assert spec.isFile() : 'specs/approved/my-feature.rst was not created'
def template = new File(basedir, 'specs/template.rst').text
assert spec.text == template.replace('=================\nTitle of the Spec\n=================\n',
        '================\nMy shiny feature\n================\n')
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] Created specs/approved/my-feature.rst')
