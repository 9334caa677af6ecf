// Runs once core checks priorities documents (package io.github.specwright.core.check.priorities);
// until then, says why it is skipped.
import java.util.zip.ZipFile

def jar = new File(localRepositoryPath,
        "io/github/specwright/specwright-core/${specwrightVersion}/specwright-core-${specwrightVersion}.jar")
def checksPriorities = jar.isFile() && new ZipFile(jar).withCloseable { zip ->
    zip.entries().toList().any { it.name.startsWith('io/github/specwright/core/check/priorities/') }
}
if (!checksPriorities) {
    println 'prioritiesDocument-too-many-contacts: skipped, core does not check priorities documents yet'
}
return checksPriorities
