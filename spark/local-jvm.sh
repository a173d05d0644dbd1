# Sourced by the scripts that run the module's classes on a local JVM (spark/bench/run,
# spark/examples/run) from the project's root: builds the module and its test classes, then sets
# local_java to the java command line that runs them, with the module's test class path and the
# --add-opens flags Spark's own launcher gives Java 17. Extra Maven arguments (e.g. -o) can be given
# in MAVEN_ARGS.
mvn -B -q ${MAVEN_ARGS:-} -pl spark -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
local_java=(java)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
  java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  local_java+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
local_java+=(-Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true
  -cp "spark/target/test-classes:spark/target/classes:core/target/classes:$(cat spark/target/classpath.txt)")
