// Runs only where an older Maven is installed as /usr/bin/mvn (Debian ships 3.8.7).
def mvn = new File('/usr/bin/mvn')
if (!mvn.canExecute()) {
    println 'specFormat-old-maven: skipped, no /usr/bin/mvn to play the older Maven'
    return false
}
def out = ['/usr/bin/mvn', '-v'].execute()
def text = out.text
out.waitFor()
def matcher = text =~ /Apache Maven (\d+)\.(\d+)\.(\d+)/
if (!matcher.find()) {
    println "specFormat-old-maven: skipped, cannot read the version of /usr/bin/mvn"
    return false
}
def version = (1..3).collect { matcher.group(it) as int }
def older = (version[0] <=> 3 ?: version[1] <=> 9 ?: version[2] <=> 6) < 0
if (!older) {
    println "specFormat-old-maven: skipped, /usr/bin/mvn is ${version.join('.')}, not older than 3.9.6"
}
return older
