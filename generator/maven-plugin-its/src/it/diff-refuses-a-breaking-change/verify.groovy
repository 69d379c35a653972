// Both builds log the change and the step it implies; only the 1.5.0 build fails, naming the versions.
def oldSpecs = new File(basedir, '../../../src/it/specs/two-models').canonicalPath
def log = new File(basedir, 'build.log').readLines()

assert log.findAll { it.startsWith('[INFO] imagegen: ') } == [
    '[INFO] imagegen: BREAKING acme/beta: model removed', '[INFO] imagegen: Bump: major',
    '[INFO] imagegen: BREAKING acme/beta: model removed', '[INFO] imagegen: Bump: major']
assert log.findAll { it.startsWith('[INFO] BUILD ') } == ['[INFO] BUILD SUCCESS', '[INFO] BUILD FAILURE']
assert log.findAll { it.startsWith('[ERROR] Failed to execute goal ') } == [
    "[ERROR] Failed to execute goal dev.imagegen:imagegen-maven-plugin:${projectVersion}:diff (default) on project diff: breaking changes since ${oldSpecs} need a new major version, but 1.5.0 does not raise the major version of 1.4.0 -> [Help 1]".toString()]
