// The corpus lives beside the checkout (../shared/corpus); where it is absent, say so and skip.
def corpus = new File(specwrightCorpus, 'ironic-specs')
if (!corpus.isDirectory()) {
    println "ironic-corpus: skipped, the reference corpus is not at ${corpus}"
    return false
}
return true
