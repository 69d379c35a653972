// The build fails on the first goal that reads the specs, with one line per problem and no stack trace.
def specs = new File(basedir, '../../../src/it/specs/broken').canonicalPath
def log = new File(basedir, 'build.log').readLines()

def failure = log.findIndexOf { it.startsWith('[ERROR] Failed to execute goal ') }
assert log.subList(failure, failure + 4) == [
    "[ERROR] Failed to execute goal dev.imagegen:imagegen-maven-plugin:${projectVersion}:generate (default) on project spec-error: the specs in ${specs} have 2 errors:".toString(),
    '[ERROR] broken/acme/alpha.json#/parameters/prompt/maxLength: expected integer, found "long"',
    '[ERROR] broken/acme/alpha.json#/parameters/steps/default: 80 is above maximum 50',
    '[ERROR] -> [Help 1]']
// No stack trace follows the failure.
assert !log.subList(failure, log.size()).any { it ==~ /\s+at .*/ }
assert !new File(basedir, 'target/generated-sources/imagegen').exists()
