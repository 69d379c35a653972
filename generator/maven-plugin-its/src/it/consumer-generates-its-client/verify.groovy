// Checks the three builds of invoker.properties: what the plugin logged in each, and what the last one left.
def out = new File(basedir, 'target/generated-sources/imagegen').canonicalPath
def log = new File(basedir, 'build.log').readLines()

def pluginLines = log.findAll { it.startsWith('[INFO] imagegen: ') }
assert pluginLines == [
    "[INFO] imagegen: acme: 2 models (alpha, beta), 4 parameters -> ${out}".toString(),
    "[INFO] imagegen: sources in ${out} are up to date".toString(),
    "[INFO] imagegen: acme: 1 model (alpha), 2 parameters -> ${out}".toString()]
// The second build wrote nothing, so the compiler had nothing to do; the first and third compiled.
assert log.findAll { it.startsWith('[INFO] Compiling ') || it.startsWith('[INFO] Nothing to compile') } == [
    '[INFO] Compiling 9 source files with javac [debug release 11] to target/classes',
    '[INFO] Nothing to compile - all classes are up to date.',
    '[INFO] Compiling 6 source files with javac [debug release 11] to target/classes']

// The removed model leaves neither its sources nor its classes behind.
def sources = new File(out, 'dev/imagegen/client/acme')
assert sources.list().sort() == ['AcmeCatalog.java', 'AcmeClient.java', 'AlphaApi.java', 'AlphaRequest.java', 'AlphaService.java']
def classes = new File(basedir, 'target/classes/dev/imagegen/client/acme')
assert !classes.list().any { it.startsWith('Beta') }
assert new File(basedir, 'target/classes/its/UsesTheClient.class').isFile()
